package org.kstp.program.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.kstp.program.ConflictRules;

/** The conflict-of-interest rules of a call as staff edit them on the call page. */
public class ConflictRulesForm {

    @Min(0) @Max(ConflictRules.MAX_YEARS) private int sameOrganisationYears;
    @Min(0) @Max(ConflictRules.MAX_YEARS) private int relationYears;
    @Min(0) @Max(ConflictRules.MAX_YEARS) private int collaborationYears;
    private boolean sameCounty;

    static ConflictRulesForm of(ConflictRules rules) {
        ConflictRulesForm form = new ConflictRulesForm();
        form.sameOrganisationYears = rules.sameOrganisationYears();
        form.relationYears = rules.relationYears();
        form.collaborationYears = rules.collaborationYears();
        form.sameCounty = rules.sameCounty();
        return form;
    }

    ConflictRules toRules() {
        return new ConflictRules(sameOrganisationYears, relationYears, collaborationYears, sameCounty);
    }

    public int getSameOrganisationYears() { return sameOrganisationYears; }
    public void setSameOrganisationYears(int value) { this.sameOrganisationYears = value; }
    public int getRelationYears() { return relationYears; }
    public void setRelationYears(int value) { this.relationYears = value; }
    public int getCollaborationYears() { return collaborationYears; }
    public void setCollaborationYears(int value) { this.collaborationYears = value; }
    public boolean isSameCounty() { return sameCounty; }
    public void setSameCounty(boolean value) { this.sameCounty = value; }
}
