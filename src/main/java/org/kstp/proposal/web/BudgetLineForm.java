package org.kstp.proposal.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.EquipmentKind;

/** One budget row of the form; rows without an item are ignored. */
public class BudgetLineForm {

    private CostCategory category = CostCategory.OPERATIONS;
    @Size(max = 200)
    private String item;
    @DecimalMin("0.01")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;
    @Size(max = 2000)
    private String justification;
    /** Read for equipment rows only; purchase is what every equipment line meant before the split. */
    private EquipmentKind equipmentKind = EquipmentKind.PURCHASE;

    static BudgetLineForm of(BudgetLine line) {
        BudgetLineForm form = new BudgetLineForm();
        form.category = line.category();
        form.item = line.item();
        form.amount = line.amount();
        form.justification = line.justification();
        form.equipmentKind = line.equipmentKind() == null ? EquipmentKind.PURCHASE : line.equipmentKind();
        return form;
    }

    /** The row as a budget line; the equipment kind is kept for equipment rows only. */
    BudgetLine toLine() {
        return new BudgetLine(category, item.trim(), amount, justification,
                category == CostCategory.EQUIPMENT ? equipmentKind : null);
    }

    boolean isBlank() {
        return item == null || item.isBlank();
    }

    public CostCategory getCategory() { return category; }
    public void setCategory(CostCategory category) { this.category = category; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public EquipmentKind getEquipmentKind() { return equipmentKind; }
    public void setEquipmentKind(EquipmentKind equipmentKind) { this.equipmentKind = equipmentKind; }
}
