package org.kstp.proposal.web;

import jakarta.validation.constraints.Size;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.PartnerRole;

/** One partner row: the institution's credit code and its role; the name is looked up, not typed. */
public class PartnerForm {

    @Size(max = 30)
    private String uscc;
    private PartnerRole role = PartnerRole.JOINT_RESEARCH;
    /** Shown beside the code once the directory has resolved it; never read back. */
    private String name;

    static PartnerForm of(Partner partner) {
        PartnerForm form = new PartnerForm();
        form.uscc = partner.uscc();
        form.role = partner.role();
        form.name = partner.name();
        return form;
    }

    boolean isBlank() {
        return uscc == null || uscc.isBlank();
    }

    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public PartnerRole getRole() { return role; }
    public void setRole(PartnerRole role) { this.role = role; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
