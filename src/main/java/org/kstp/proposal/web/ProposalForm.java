package org.kstp.proposal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.TeamMember;

/**
 * The proposal form. Only the title is required to save a draft; everything else the checklist
 * asks for before submission, so a PI can save half-finished work at any time.
 */
public class ProposalForm {

    /** Rows offered for team members; empty rows are ignored. */
    static final int TEAM_ROWS = 6;

    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 8000)
    private String summary;
    @Size(max = 300)
    private String keywords;
    private String planTaskCode;
    private String industryCode;
    private String countyCode;
    @DecimalMin("0.01")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal requestedAmount;
    private List<@Valid TeamMemberForm> team = new ArrayList<>();

    static ProposalForm blank(String countyCode, String planTaskCode) {
        ProposalForm form = new ProposalForm();
        form.countyCode = countyCode;
        form.planTaskCode = planTaskCode;
        form.padTeam();
        return form;
    }

    static ProposalForm of(Proposal p, java.util.function.Function<java.util.UUID, String> usernames) {
        ProposalForm form = new ProposalForm();
        form.title = p.title();
        form.summary = p.summary();
        form.keywords = p.keywords();
        form.planTaskCode = p.planTaskCode();
        form.industryCode = p.industryCode();
        form.countyCode = p.countyCode();
        form.requestedAmount = p.requestedAmount();
        for (TeamMember m : p.team()) {
            form.team.add(TeamMemberForm.of(m, m.accountId() == null ? null : usernames.apply(m.accountId())));
        }
        form.padTeam();
        return form;
    }

    void padTeam() {
        while (team.size() < TEAM_ROWS) {
            team.add(new TeamMemberForm());
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getPlanTaskCode() { return planTaskCode; }
    public void setPlanTaskCode(String planTaskCode) { this.planTaskCode = planTaskCode; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
    public List<TeamMemberForm> getTeam() { return team; }
    public void setTeam(List<TeamMemberForm> team) { this.team = team; }
}
