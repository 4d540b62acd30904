package org.kstp.portal;

import org.kstp.common.BusinessTime;
import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.kstp.common.NotFound;
import java.util.UUID;

/** The public home page: calls open now, with their deadlines, and each call's public page. */
@Controller
class HomeController {

    private final ProgramApi programs;

    HomeController(ProgramApi programs) {
        this.programs = programs;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("calls", programs.openCalls());
        model.addAttribute("zone", BusinessTime.ZONE);
        return "portal/home";
    }

    @GetMapping("/portal/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        // Only published calls are public; drafts and unknown ids look the same from outside.
        var call = programs.openCalls().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("call", id));
        model.addAttribute("call", call);
        model.addAttribute("zone", BusinessTime.ZONE);
        return "portal/call";
    }
}
