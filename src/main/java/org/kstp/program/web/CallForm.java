package org.kstp.program.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kstp.common.BusinessTime;
import org.kstp.directory.CountySummary;
import org.kstp.program.CallDraft;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.RequiredSection;
import org.kstp.program.RuleDefaults;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-call form. Times are typed in Beijing time; the rules start from today's defaults and
 * the bureau may change them for this call.
 */
public class CallForm {

    @NotBlank @Size(max = 200) private String title;
    @Size(max = 20000) private String guideline;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime opensAt;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime closesAt;
    @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) private BigDecimal budgetCap;
    private boolean endorsementRequired = true;
    private boolean recommendationRequired;
    @NotBlank @Pattern(regexp = "[0-9.:;* ]+") private String indirectTiers;
    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) private BigDecimal equipmentJustificationThreshold;
    @Min(1) private int piConcurrencyLimit;
    @Min(1) private int memberProjectLimit;
    @Min(0) private int institutionOverdueLimit;
    private boolean concurrencyExempt;
    private boolean piLimitCountsMemberships;
    private Map<String, Integer> quotas = new LinkedHashMap<>();
    /** Most calls want a discipline, indicators and a schedule; partners only where the call says so. */
    private Set<RequiredSection> requiredSections = EnumSet.of(RequiredSection.DISCIPLINE,
            RequiredSection.INDICATORS, RequiredSection.MILESTONES);

    static CallForm blank(RuleDefaults defaults, Iterable<CountySummary> counties) {
        CallForm form = new CallForm();
        form.indirectTiers = defaults.indirectTiers();
        form.equipmentJustificationThreshold = defaults.equipmentJustificationThreshold();
        form.piConcurrencyLimit = defaults.piConcurrencyLimit();
        form.memberProjectLimit = defaults.memberProjectLimit();
        form.institutionOverdueLimit = defaults.institutionOverdueLimit();
        form.piLimitCountsMemberships = defaults.piLimitCountsMemberships();
        counties.forEach(c -> form.quotas.put(c.code(), defaults.countyQuota()));
        return form;
    }

    /** The window as entered is wall-clock time in the business zone, whatever the server's zone. */
    CallDraft toDraft(BusinessTime time) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        quotas.forEach((county, n) -> quota.put(county, n == null ? 0 : n));
        return new CallDraft(title, guideline, time.instant(opensAt), time.instant(closesAt),
                budgetCap, endorsementRequired, recommendationRequired, indirectTiers.replace(" ", ""),
                equipmentJustificationThreshold, new ConcurrencyRules(piConcurrencyLimit, memberProjectLimit,
                institutionOverdueLimit, concurrencyExempt, piLimitCountsMemberships),
                recommendationRequired ? quota : Map.of(),
                requiredSections == null ? Set.of() : requiredSections);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGuideline() { return guideline; }
    public void setGuideline(String guideline) { this.guideline = guideline; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public BigDecimal getBudgetCap() { return budgetCap; }
    public void setBudgetCap(BigDecimal budgetCap) { this.budgetCap = budgetCap; }
    public boolean isEndorsementRequired() { return endorsementRequired; }
    public void setEndorsementRequired(boolean value) { this.endorsementRequired = value; }
    public boolean isRecommendationRequired() { return recommendationRequired; }
    public void setRecommendationRequired(boolean value) { this.recommendationRequired = value; }
    public String getIndirectTiers() { return indirectTiers; }
    public void setIndirectTiers(String indirectTiers) { this.indirectTiers = indirectTiers; }
    public BigDecimal getEquipmentJustificationThreshold() { return equipmentJustificationThreshold; }
    public void setEquipmentJustificationThreshold(BigDecimal value) { this.equipmentJustificationThreshold = value; }
    public int getPiConcurrencyLimit() { return piConcurrencyLimit; }
    public void setPiConcurrencyLimit(int value) { this.piConcurrencyLimit = value; }
    public int getMemberProjectLimit() { return memberProjectLimit; }
    public void setMemberProjectLimit(int value) { this.memberProjectLimit = value; }
    public int getInstitutionOverdueLimit() { return institutionOverdueLimit; }
    public void setInstitutionOverdueLimit(int value) { this.institutionOverdueLimit = value; }
    public boolean isConcurrencyExempt() { return concurrencyExempt; }
    public void setConcurrencyExempt(boolean value) { this.concurrencyExempt = value; }
    public boolean isPiLimitCountsMemberships() { return piLimitCountsMemberships; }
    public void setPiLimitCountsMemberships(boolean value) { this.piLimitCountsMemberships = value; }
    public Map<String, Integer> getQuotas() { return quotas; }
    public void setQuotas(Map<String, Integer> quotas) { this.quotas = quotas; }
    public Set<RequiredSection> getRequiredSections() { return requiredSections; }
    public void setRequiredSections(Set<RequiredSection> value) { this.requiredSections = value; }
}
