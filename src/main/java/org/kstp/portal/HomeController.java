package org.kstp.portal;

import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: calls open now, with their deadlines. */
@Controller
class HomeController {

    private final ProgramApi programs;

    HomeController(ProgramApi programs) {
        this.programs = programs;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("calls", programs.openCalls());
        return "portal/home";
    }
}
