package org.kstp.proposal.web;

import jakarta.validation.constraints.Size;
import org.kstp.proposal.domain.AssessableIndicator;

/** One assessable-indicator row; rows without an indicator name are ignored. */
public class IndicatorForm {

    @Size(max = 200)
    private String name;
    @Size(max = 100)
    private String targetValue;
    @Size(max = 40)
    private String unit;

    static IndicatorForm of(AssessableIndicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.name = indicator.name();
        form.targetValue = indicator.targetValue();
        form.unit = indicator.unit();
        return form;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    AssessableIndicator toIndicator() {
        return new AssessableIndicator(name.trim(), trimmed(targetValue), trimmed(unit));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTargetValue() { return targetValue; }
    public void setTargetValue(String targetValue) { this.targetValue = targetValue; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}
