package org.kstp.directory.web;

import java.util.List;
import java.util.Map;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.DisciplineSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * GB/T 13745 search for any form that asks for a discipline: the options fill the named field. The
 * classification is public reference data, so any signed-in user may search it.
 */
@Controller
class DisciplinePickerController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DirectoryApi directory;

    DisciplinePickerController(DirectoryApi directory) {
        this.directory = directory;
    }

    /** An option: the discipline and the field values a click fills in. */
    record Option(DisciplineSummary discipline, String fill) {
    }

    @GetMapping(value = "/directory/disciplines", headers = "HX-Request")
    String options(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "disciplineCode") String field,
                   Model model) {
        List<Option> options = directory.searchDisciplines(q, 12).stream()
                .map(d -> new Option(d, JSON.writeValueAsString(Map.of(field, d.code(), field + "Name",
                        d.code() + " " + d.name())))).toList();
        model.addAttribute("options", options);
        model.addAttribute("query", q);
        return "directory/disciplines :: options";
    }
}
