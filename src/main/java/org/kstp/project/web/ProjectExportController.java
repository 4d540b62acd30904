package org.kstp.project.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.directory.DirectoryApi;
import org.kstp.platform.ExcelExport;
import org.kstp.platform.ListRequest;
import org.kstp.project.query.ProjectFilter;
import org.kstp.project.query.ProjectQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The project list as Excel: the same scope, filters, search and order as the page, every page of it. */
@Controller
class ProjectExportController {

    private static final String[] HEADERS = {"project.field.trackingNumber", "project.field.title",
        "project.field.status", "platform.list.county", "project.field.pi", "project.field.approvedAmount"};

    private final ProjectQuery query;
    private final DirectoryApi directory;
    private final MessageSource messages;

    ProjectExportController(ProjectQuery query, DirectoryApi directory, MessageSource messages) {
        this.query = query;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/projects/export.xlsx")
    void export(@ModelAttribute ProjectFilter filter, @ModelAttribute ListRequest list, Actor actor,
                HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> counties = directory.countyNames();
        String title = messages.getMessage("project.list.title", null, locale);
        ExcelExport.attachment(response, "projects", title);
        List<List<Object>> rows = query.all(actor, filter, list).stream().map(r -> Arrays.<Object>asList(
                r.trackingNumber(), r.title(), messages.getMessage("project.ProjectStatus." + r.status(), null, locale),
                r.countyCode() == null ? null : counties.getOrDefault(r.countyCode(), r.countyCode()), r.piName(),
                r.approvedAmount())).toList();
        ExcelExport.write(response.getOutputStream(), title,
                Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList(), rows);
    }
}
