package org.kstp.directory;

/** A GB/T 13745 discipline: a 3-, 5- or 7-digit code, its name and its level (1 to 3). */
public record DisciplineSummary(String code, String name, int level) {
}
