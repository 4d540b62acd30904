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

    /** Rows offered for team members, budget lines and co-funding; empty rows are ignored. */
    static final int TEAM_ROWS = 6;
    static final int BUDGET_ROWS = 8;
    static final int CO_FUNDING_ROWS = 3;
    static final int PARTNER_ROWS = 3;
    static final int INDICATOR_ROWS = 5;
    static final int MILESTONE_ROWS = 4;

    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 8000)
    private String summary;
    @Size(max = 300)
    private String keywords;
    /** The version the form was loaded at; a save over a newer version is refused, not merged. */
    private Long version;
    /** Bounded like the columns: a longer code is no code, answered next to the field, never a 500. */
    @Size(max = 20)
    private String planTaskCode;
    @Size(max = 40)
    private String industryCode;
    @DecimalMin("0.01")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal requestedAmount;
    private List<@Valid TeamMemberForm> team = new ArrayList<>();
    private List<@Valid BudgetLineForm> budget = new ArrayList<>();
    private List<@Valid CoFundingForm> coFunding = new ArrayList<>();
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal indirectAmount;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private java.time.LocalDate plannedEndOn;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private java.time.LocalDate plannedStartOn;
    private java.util.UUID callItemId;
    @Size(max = 12)
    private String disciplineCode;
    private List<@Valid PartnerForm> partners = new ArrayList<>();
    private List<@Valid IndicatorForm> indicators = new ArrayList<>();
    private List<@Valid MilestoneForm> milestones = new ArrayList<>();

    static ProposalForm blank(String planTaskCode) {
        ProposalForm form = new ProposalForm();
        form.planTaskCode = planTaskCode;
        form.padTeam();
        return form;
    }

    static ProposalForm of(Proposal p, java.util.function.Function<java.util.UUID, String> usernames,
                           java.util.function.Function<java.util.UUID, org.kstp.directory.PersonSummary> people) {
        ProposalForm form = new ProposalForm();
        form.title = p.title();
        form.version = p.version();
        form.summary = p.summary();
        form.keywords = p.keywords();
        form.planTaskCode = p.planTaskCode();
        form.industryCode = p.industryCode();
        form.requestedAmount = p.requestedAmount();
        p.budget().lines().forEach(l -> form.budget.add(BudgetLineForm.of(l)));
        p.budget().coFunding().forEach(c -> form.coFunding.add(CoFundingForm.of(c)));
        form.indirectAmount = p.budget().lines().isEmpty() ? null : p.budget().indirect();
        form.plannedEndOn = p.plannedEndOn();
        form.plannedStartOn = p.plannedStartOn();
        form.callItemId = p.callItemId();
        form.disciplineCode = p.disciplineCode();
        p.partners().forEach(partner -> form.partners.add(PartnerForm.of(partner)));
        p.indicators().forEach(i -> form.indicators.add(IndicatorForm.of(i)));
        p.milestones().forEach(m -> form.milestones.add(MilestoneForm.of(m)));
        for (TeamMember m : p.team()) {
            form.team.add(TeamMemberForm.of(m, m.personId() == null ? null : people.apply(m.personId()),
                    m.accountId() == null ? null : usernames.apply(m.accountId())));
        }
        form.padTeam();
        return form;
    }

    /** Offers empty rows up to the row counts, so the page always has room to add. */
    void padTeam() {
        while (team.size() < TEAM_ROWS) {
            team.add(new TeamMemberForm());
        }
        while (budget.size() < BUDGET_ROWS) {
            budget.add(new BudgetLineForm());
        }
        while (coFunding.size() < CO_FUNDING_ROWS) {
            coFunding.add(new CoFundingForm());
        }
        pad(partners, PARTNER_ROWS, PartnerForm::new);
        pad(indicators, INDICATOR_ROWS, IndicatorForm::new);
        pad(milestones, MILESTONE_ROWS, MilestoneForm::new);
    }

    private static <T> void pad(List<T> rows, int size, java.util.function.Supplier<T> blank) {
        while (rows.size() < size) {
            rows.add(blank.get());
        }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
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
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
    public List<BudgetLineForm> getBudget() { return budget; }
    public void setBudget(List<BudgetLineForm> budget) { this.budget = budget; }
    public List<CoFundingForm> getCoFunding() { return coFunding; }
    public void setCoFunding(List<CoFundingForm> coFunding) { this.coFunding = coFunding; }
    public BigDecimal getIndirectAmount() { return indirectAmount; }
    public void setIndirectAmount(BigDecimal indirectAmount) { this.indirectAmount = indirectAmount; }
    public java.time.LocalDate getPlannedEndOn() { return plannedEndOn; }
    public void setPlannedEndOn(java.time.LocalDate plannedEndOn) { this.plannedEndOn = plannedEndOn; }
    public java.time.LocalDate getPlannedStartOn() { return plannedStartOn; }
    public void setPlannedStartOn(java.time.LocalDate value) { this.plannedStartOn = value; }
    public java.util.UUID getCallItemId() { return callItemId; }
    public void setCallItemId(java.util.UUID callItemId) { this.callItemId = callItemId; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
    public List<PartnerForm> getPartners() { return partners; }
    public void setPartners(List<PartnerForm> partners) { this.partners = partners; }
    public List<IndicatorForm> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorForm> indicators) { this.indicators = indicators; }
    public List<MilestoneForm> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneForm> milestones) { this.milestones = milestones; }
    public List<TeamMemberForm> getTeam() { return team; }
    public void setTeam(List<TeamMemberForm> team) { this.team = team; }
}
