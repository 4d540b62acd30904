package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.TeamMember;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Two authors on one draft never overwrite each other; autosave works, and an expired session loses nothing. */
@KstpIntegrationTest
class EditingTogetherIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;

    MockMvc mvc;
    Actor pi;
    Actor member;
    UUID id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        pi = demo.newApplicant();
        member = demo.newApplicant();
        ProposalContent base = demo.openCallContent("Written together");
        id = proposals.draft(demo.openCall().id(), new ProposalContent(base.title(), base.summary(), base.keywords(),
                base.planTaskCode(), base.industryCode(), base.requestedAmount(),
                List.of(new TeamMember("Co-author", null, null, null, member.accountId())), base.budget(),
                base.plannedEndOn(), base.detail()), pi);
    }

    private MockHttpServletRequestBuilder form(String path, Actor who, String title, long version) {
        return post(path).with(demo.as(who)).with(csrf()).param("title", title).param("version", String.valueOf(version))
                .param("team[0].name", "Co-author").param("team[0].username", member.username());
    }

    @Test
    void theSecondSaveOverAnOlderVersionIsRefusedAndKeepsItsInput() throws Exception {
        long loaded = proposals.visible(id, pi).version();
        mvc.perform(form("/proposals/" + id + "/edit", pi, "Title by the PI", loaded))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("/proposals/" + id + "/edit", member, "Title by the co-author", loaded))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("为避免互相覆盖")))
                .andExpect(content().string(containsString("Title by the co-author")));
        assertThat(proposals.visible(id, pi).title()).isEqualTo("Title by the PI");
    }

    @Test
    void autosaveSavesAndAnExpiredSessionGets401() throws Exception {
        long loaded = proposals.visible(id, member).version();
        mvc.perform(form("/proposals/" + id + "/autosave", member, "Autosaved title", loaded).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已自动保存")));
        assertThat(proposals.visible(id, pi).title()).isEqualTo("Autosaved title");
        mvc.perform(post("/proposals/" + id + "/autosave").with(csrf()).header("HX-Request", "true")
                        .param("title", "Lost?"))
                .andExpect(status().isUnauthorized());
        assertThat(proposals.visible(id, pi).title()).isEqualTo("Autosaved title");
    }
}
