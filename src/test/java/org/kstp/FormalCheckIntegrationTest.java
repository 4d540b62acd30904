package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The formal check item by item: a failed item returns the proposal and the PI reads why. */
@KstpIntegrationTest
class FormalCheckIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    FormalCheck formalCheck;

    private UUID accepted(Actor pi) {
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Formal " + pi.username()), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        proposals.act(id, ProposalAction.ACCEPT, null, demo.actor("bureau.admin"));
        return id;
    }

    @Test
    void aFailedItemReturnsTheProposalWithTheReasonTheApplicantSees() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Actor pi = demo.newApplicant();
        UUID id = accepted(pi);
        var form = post("/proposals/" + id + "/formal-check").with(demo.as("bureau.admin")).with(csrf())
                .header("Referer", "http://localhost/proposals/" + id).param("ifFailed", "RETURN");
        for (String item : demo.openCall().formalCheckItems()) {
            form.param("pass_" + item, String.valueOf(!item.equals("SIGNED")));
        }
        form.param("note_SIGNED", "承诺书未加盖单位公章");
        mvc.perform(form).andExpect(status().is3xxRedirection());

        assertThat(proposals.summary(id).status()).isEqualTo("RETURNED");
        mvc.perform(get("/proposals/" + id).with(demo.as(pi)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("承诺书未加盖单位公章")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("依托单位承诺书已签章")));
    }

    @Test
    void allItemsPassedMovesItOnAndAFailureNeedsANote() {
        Actor bureau = demo.actor("bureau.admin");
        UUID id = accepted(demo.newApplicant());
        Map<String, FormalCheck.Verdict> verdicts = new HashMap<>();
        demo.openCall().formalCheckItems().forEach(i -> verdicts.put(i, new FormalCheck.Verdict(i, true, null)));
        verdicts.put("BUDGET", new FormalCheck.Verdict("BUDGET", false, " "));
        assertThatThrownBy(() -> formalCheck.record(id, verdicts, FormalCheck.Outcome.REJECT, bureau))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("noteRequired");
        verdicts.put("BUDGET", new FormalCheck.Verdict("BUDGET", true, null));
        formalCheck.record(id, verdicts, FormalCheck.Outcome.REJECT, bureau);
        assertThat(proposals.summary(id).status()).isEqualTo("FORMALLY_CHECKED");
        assertThat(formalCheck.latest(id)).hasSize(demo.openCall().formalCheckItems().size())
                .allMatch(FormalCheck.Verdict::passed);
    }
}
