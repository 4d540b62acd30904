package org.kstp.proposal.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kstp.proposal.domain.CoFunding;

/** One co-funding row of the form; rows without a source are ignored. */
public class CoFundingForm {

    @Size(max = 200)
    private String source;
    @DecimalMin("0.01")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;

    static CoFundingForm of(CoFunding funding) {
        CoFundingForm form = new CoFundingForm();
        form.source = funding.source();
        form.amount = funding.amount();
        return form;
    }

    boolean isBlank() {
        return source == null || source.isBlank();
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
