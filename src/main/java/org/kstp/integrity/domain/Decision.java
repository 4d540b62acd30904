package org.kstp.integrity.domain;

import java.time.LocalDate;

/** The official document an entry rests on: who issued it, its number and its date. */
public record Decision(String issuer, String documentNumber, LocalDate date) {
}
