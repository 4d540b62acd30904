package org.kstp.directory;

/** What is needed to register an organisation: its code as typed, its name and its county. */
public record NewOrganisation(String uscc, String name, String countyCode) {
}
