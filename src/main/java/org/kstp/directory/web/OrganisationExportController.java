package org.kstp.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kstp.common.Actor;
import org.kstp.directory.query.OrganisationQuery;
import org.kstp.platform.ExcelExport;
import org.kstp.platform.ListRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation list as Excel for the same staff, scope, filters, search and order as the page. */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_STAFF','COUNTY_STAFF')")
class OrganisationExportController {

    private static final String[] HEADERS = {"directory.organisation.field.name", "directory.organisation.field.uscc",
        "directory.organisation.field.county", "directory.organisation.field.status",
        "directory.organisation.legalRep.title"};

    private final OrganisationQuery query;
    private final MessageSource messages;

    OrganisationExportController(OrganisationQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    @GetMapping("/directory/organisations/export.xlsx")
    void export(@RequestParam(required = false) String county, @RequestParam(required = false) String review,
                @ModelAttribute ListRequest list, Actor actor, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("directory.organisation.list.title", null, locale);
        ExcelExport.attachment(response, "organisations", title);
        List<List<Object>> rows = query.all(actor, county, OrganisationController.needsReview(review), list).stream()
                .map(r -> Arrays.<Object>asList(r.name(), r.uscc(), r.countyName(), messages.getMessage(
                        r.needsReview() ? "directory.organisation.needsReview" : "directory.organisation.checked",
                        null, locale), r.legalRepName())).toList();
        ExcelExport.write(response.getOutputStream(), title,
                Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList(), rows);
    }
}
