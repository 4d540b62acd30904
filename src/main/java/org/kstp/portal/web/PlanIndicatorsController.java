package org.kstp.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndicator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The plan's indicators for the public: baseline, target, and a chart where both are known. */
@Controller
class PlanIndicatorsController {

    private final PlanApi plan;
    private final MessageSource messages;

    PlanIndicatorsController(PlanApi plan, MessageSource messages) {
        this.plan = plan;
        this.messages = messages;
    }

    /**
     * @param baseline the 2020 value as published, or null where the plan states none
     * @param charted whether both values exist, so a baseline-versus-target bar makes sense
     */
    record Row(String code, String name, String unit, String baseline, String target, boolean charted) {
    }

    @GetMapping("/portal/indicators")
    String indicators(Model model, Locale locale) {
        List<Row> rows = plan.indicators().stream().map(i -> row(i, locale)).toList();
        model.addAttribute("indicators", rows);
        model.addAttribute("charted", rows.stream().filter(Row::charted).toList());
        return "portal/indicators";
    }

    private Row row(PlanIndicator indicator, Locale locale) {
        // The plan's own (Chinese) name is the fallback, so a new indicator shows before it is translated.
        String name = messages.getMessage("plan.indicator." + indicator.code(), null, indicator.name(), locale);
        String unit = messages.getMessage("plan.unit." + indicator.unit(), null, indicator.unit(), locale);
        return new Row(indicator.code(), name, unit, plain(indicator.baseline2020()), plain(indicator.target2025()),
                indicator.baseline2020() != null && indicator.target2025() != null);
    }

    /** As published: 0.055 stays 0.055, 12 stays 12 (no "12.00", no "5.5E-2"). */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
