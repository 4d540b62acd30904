package org.kstp.directory;

/** A county (县市) with the counts of its townships (乡镇街道) and villages/communities (村居). */
public record CountySummary(String code, String name, int townships, int villages) {
}
