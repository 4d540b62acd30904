package org.kstp.platform.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kstp.common.Actor;
import org.kstp.platform.ImportJobView;
import org.kstp.platform.ImportJobs;
import org.kstp.platform.ImportLine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload of a list for any module's import (the module checks who may import it), and the page
 * of one background import: a progress bar polled by htmx while it runs, then the dry run's verdict
 * per line (refused lines first) and the commit button. Only the uploader sees a job.
 */
@Controller
class ImportJobController {

    /** Lines shown on the page; the summary counts all of them. */
    static final int SHOWN_LINES = 1_000;
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z]+\\.[A-Za-z]+\\.[A-Z_]+");

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportJobController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** One line as the page shows it. */
    record Line(int line, String subject, boolean refused, String text) {
    }

    @PostMapping("/imports/new/{kind}")
    String upload(@PathVariable String kind, @RequestParam("file") MultipartFile file, Actor actor) throws IOException {
        return "redirect:/imports/" + jobs.start(kind, file.getOriginalFilename(), file.getBytes(), actor);
    }

    @GetMapping("/imports/{id}")
    String page(@PathVariable UUID id, Actor actor, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        ImportJobView job = jobs.job(id, actor);
        model.addAttribute("job", job);
        model.addAttribute("home", jobs.home(job.kind()));
        if (htmx != null) {
            if (!job.running()) {
                response.setHeader("HX-Refresh", "true"); // done: the full page shows the verdicts
            }
            return "platform/import-job :: progress";
        }
        if (!job.running()) {
            model.addAttribute("lines", jobs.lines(id, actor, SHOWN_LINES).stream().map(this::line).toList());
            model.addAttribute("shown", SHOWN_LINES);
            model.addAttribute("error", job.errorKey() == null ? null : text(job.errorKey(), job.errorArgs()));
        }
        return "platform/import-job";
    }

    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable UUID id, Actor actor) {
        jobs.commit(id, actor);
        return "redirect:/imports/" + id;
    }

    private Line line(ImportLine l) {
        return new Line(l.line(), l.subject(), l.refused(), text(l.messageKey(), l.args()));
    }

    private String text(String key, List<String> args) {
        Object[] resolved = args.stream().map(a -> LABEL_KEY.matcher(a).matches()
                ? new DefaultMessageSourceResolvable(a) : (Object) a).toArray();
        return messages.getMessage(key, resolved, key, LocaleContextHolder.getLocale());
    }
}
