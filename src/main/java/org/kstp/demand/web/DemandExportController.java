package org.kstp.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.demand.query.DemandQuery;
import org.kstp.platform.ExcelExport;
import org.kstp.platform.ListRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The demand list as Excel: the same scope, filters, search and order as the page, every page of it. */
@Controller
class DemandExportController {

    private static final String[] HEADERS = {"demand.field.title", "demand.field.status", "demand.field.industry",
        "demand.field.county", "demand.field.submitter", "demand.field.coFunding", "demand.field.submittedAt"};

    private final DemandQuery query;
    private final ReferenceNames names;
    private final MessageSource messages;

    DemandExportController(DemandQuery query, ReferenceNames names, MessageSource messages) {
        this.query = query;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/demands/export.xlsx")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String county,
                @RequestParam(required = false) String industry, @ModelAttribute ListRequest list, Actor actor,
                HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> industries = names.industryNames();
        Map<String, String> counties = names.countyNames();
        String title = messages.getMessage("demand.list.title", null, locale);
        ExcelExport.attachment(response, "demands", title);
        List<List<Object>> rows = query.all(actor, status, county, industry, list).stream().map(r -> Arrays.<Object>asList(
                r.title(), messages.getMessage("demand.DemandStatus." + r.status(), null, locale),
                r.industryCode() == null ? null : industries.getOrDefault(r.industryCode(), r.industryCode()),
                r.countyCode() == null ? null : counties.getOrDefault(r.countyCode(), r.countyCode()),
                r.organisationName() == null ? r.submitterName() : r.organisationName(), r.coFunding(),
                r.submittedAt())).toList();
        ExcelExport.write(response.getOutputStream(), title,
                Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList(), rows);
    }
}
