package org.kstp.directory;

/** A county with the counts of its townships and villages/communities. */
public record CountySummary(String code, String name, int townships, int villages) {
}
