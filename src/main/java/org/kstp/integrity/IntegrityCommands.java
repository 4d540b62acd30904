package org.kstp.integrity;

import java.util.UUID;
import org.kstp.common.Actor;

/**
 * Recording integrity findings from outside the module's pages (the demo). Goes through the same
 * register and sanction rules (tiers, measure periods) as the record form; appended and audited.
 */
public interface IntegrityCommands {

    /** Staff record a finding against a researcher, with its measures; returns the record's id. */
    UUID recordResearcherFinding(NewFinding finding, Actor staff);
}
