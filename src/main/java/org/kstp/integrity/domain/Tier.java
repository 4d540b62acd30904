package org.kstp.integrity.domain;

/** How serious the misconduct was judged (2022 investigation rules); each tier bounds the ban periods. */
public enum Tier {
    /** Minor: admonition, warning or criticism; no bans by default. */
    MINOR,
    /** Serious: bans of one to three years by default. */
    SERIOUS,
    /** Grave: bans of three to five years by default. */
    GRAVE,
    /** Especially grave: bans of five years up to permanent by default. */
    ESPECIALLY_GRAVE
}
