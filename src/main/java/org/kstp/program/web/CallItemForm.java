package org.kstp.program.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.kstp.program.CallItemDraft;
import org.kstp.program.domain.CallItem;

/** The bureau's form for one call item; the cap and the number funded may stay empty. */
public class CallItemForm {

    /** Which field a refusal of the call aggregate belongs next to. */
    static final Map<String, String> FIELD_OF = Map.of(
            "program.item.titleRequired", "title",
            "program.item.goalsRequired", "researchGoals",
            "program.item.indicatorsRequired", "indicators",
            "program.item.capPositive", "budgetCap",
            "program.item.capOverCall", "budgetCap",
            "program.item.maxFundedPositive", "maxFunded");

    @NotBlank @Size(max = 200) private String title;
    @NotBlank @Size(max = 8000) private String researchGoals;
    @NotBlank @Size(max = 8000) private String indicators;
    @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) private BigDecimal budgetCap;
    @Min(1) private Integer maxFunded;

    static CallItemForm of(CallItem item) {
        CallItemForm form = new CallItemForm();
        form.title = item.title();
        form.researchGoals = item.researchGoals();
        form.indicators = item.indicators();
        form.budgetCap = item.budgetCap();
        form.maxFunded = item.maxFunded();
        return form;
    }

    CallItemDraft toDraft() {
        return new CallItemDraft(title, researchGoals, indicators, budgetCap, maxFunded);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getResearchGoals() { return researchGoals; }
    public void setResearchGoals(String researchGoals) { this.researchGoals = researchGoals; }
    public String getIndicators() { return indicators; }
    public void setIndicators(String indicators) { this.indicators = indicators; }
    public BigDecimal getBudgetCap() { return budgetCap; }
    public void setBudgetCap(BigDecimal budgetCap) { this.budgetCap = budgetCap; }
    public Integer getMaxFunded() { return maxFunded; }
    public void setMaxFunded(Integer maxFunded) { this.maxFunded = maxFunded; }
}
