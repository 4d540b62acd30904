package org.kstp.expert.web;

import org.kstp.common.Actor;
import org.kstp.expert.domain.YearlyCap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau changes the pool's yearly review cap from the pool page. */
@Controller
class YearlyCapController {

    private final YearlyCap caps;

    YearlyCapController(YearlyCap caps) {
        this.caps = caps;
    }

    @PostMapping("/experts/yearly-cap")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String change(@RequestParam int cap, Actor actor, RedirectAttributes redirect) {
        caps.change(cap, actor);
        redirect.addFlashAttribute("notice", "expert.cap.changed");
        return "redirect:/experts";
    }
}
