package org.kstp.directory;

/** The kind of identity document a person record is known by; only a hash of the number is kept. */
public enum PersonIdType {
    /** Resident identity card, GB 11643 with check digit; hashed as the integrity register does. */
    CITIZEN_ID,
    /** Passport, for partners and experts from abroad. */
    PASSPORT
}
