package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.attachment.SampleFiles;
import org.kstp.platform.KstpProperties;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Attachments on the real application: who may upload, who may download, what is refused and how. */
@KstpIntegrationTest
class ProposalAttachmentIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KstpProperties platform;

    MockMvc mvc;
    org.kstp.common.Actor pi;
    UUID proposal;
    String page;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        pi = demo.newApplicant(); // own applicant: submissions here must not meet another test's limit
        proposal = proposals.draft(demo.openCall().id(), demo.openCallContent("Attachment test"),
                demo.actor(pi.username()));
        page = "http://localhost/proposals/" + proposal + "/attachments";
    }

    @Test
    void thePiUploadsAPdfThatOnlyReadersOfTheProposalCanDownload() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        upload(pi.username(), "可行性报告.pdf", pdf).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/proposals/" + proposal + "/attachments"))
                .andExpect(flash().attribute("notice", "attachment.done.uploaded"));
        String download = "/proposals/" + proposal + "/attachments/" + onlyAttachment();
        mvc.perform(get("/proposals/" + proposal + "/attachments").with(demo.as(pi.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("可行性报告.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"upload-form\"")));

        mvc.perform(get(download).with(demo.as("inst.admin"))).andExpect(status().isNotFound());
        proposals.act(proposal, ProposalAction.SUBMIT, null, demo.actor(pi.username()));
        mvc.perform(get(download).with(demo.as("county.shache"))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(demo.as("expert.demo1"))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(demo.as("inst.admin")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment;"),
                        org.hamcrest.Matchers.containsString(
                                "filename*=UTF-8''%E5%8F%AF%E8%A1%8C%E6%80%A7%E6%8A%A5%E5%91%8A.pdf"))));
        mvc.perform(get("/proposals/" + proposal + "/attachments").with(demo.as("inst.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("data-testid=\"upload-form\""))));
    }

    @Test
    void aFileOfTheWrongTypeIsRefusedWithAChineseMessage() throws Exception {
        upload(pi.username(), "report.pdf", "just some text".getBytes())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("refusal",
                        "不能接收文件“report.pdf”：只能上传 PDF、PNG/JPEG 图片和 Office 文件（Word、Excel、PowerPoint）。"
                                + "文件类型按内容识别，改扩展名无效。"));
        upload(pi.username(), "chart.pdf", SampleFiles.png())
                .andExpect(flash().attribute("refusal",
                        "文件“chart.pdf”的扩展名与实际内容不符（内容是PNG 图片），请改用正确的扩展名后重新上传。"));
        assertThat(attachmentCount()).isZero();
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() throws Exception {
        byte[] png = SampleFiles.png();
        upload(pi.username(), "site.png", png).andExpect(status().is3xxRedirection());
        upload(pi.username(), "site-again.png", png).andExpect(status().is3xxRedirection());
        assertThat(attachmentCount()).isEqualTo(2);
        String sha = jdbc.sql("select distinct sha256 from proposal_attachment where proposal_id = ?")
                .param(proposal).query(String.class).single();
        assertThat(jdbc.sql("select count(*) from attachment_blob where sha256 = ?").param(sha)
                .query(Integer.class).single()).isEqualTo(1);
        Path stored = platform.dataDir().resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                .resolve(sha);
        assertThat(Files.readAllBytes(stored)).isEqualTo(png);
    }

    @Test
    void onlyThePiChangesAttachmentsAndOnlyWhileTheProposalIsEditable() throws Exception {
        upload("county.shache", "x.pdf", SampleFiles.pdf()).andExpect(status().isNotFound());
        upload(pi.username(), "plan.docx", SampleFiles.docx()).andExpect(status().is3xxRedirection());
        UUID first = onlyAttachment();
        mvc.perform(post("/proposals/" + proposal + "/attachments/" + first + "/delete").with(demo.as(pi.username()))
                .with(csrf()).header("Referer", page)).andExpect(status().is3xxRedirection());
        assertThat(attachmentCount()).isZero();

        upload(pi.username(), "plan.docx", SampleFiles.docx()).andExpect(status().is3xxRedirection());
        UUID second = onlyAttachment();
        proposals.act(proposal, ProposalAction.SUBMIT, null, demo.actor(pi.username()));
        upload(pi.username(), "late.pdf", SampleFiles.pdf())
                .andExpect(flash().attribute("refusal", "申报书当前不可修改，不能上传或删除附件。"));
        mvc.perform(post("/proposals/" + proposal + "/attachments/" + second + "/delete").with(demo.as(pi.username()))
                        .with(csrf()).header("Referer", page))
                .andExpect(flash().attribute("refusal", "申报书当前不可修改，不能上传或删除附件。"));
        assertThat(attachmentCount()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_record where object_type = 'proposal' and object_id = ?"
                        + " and action in ('ATTACH', 'DETACH') order by seq").param(proposal.toString())
                .query(String.class).list()).containsExactly("ATTACH", "DETACH", "ATTACH");
    }

    private ResultActions upload(String user, String filename, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/proposals/" + proposal + "/attachments")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes))
                .param("description", "test").with(demo.as(user)).with(csrf()).header("Referer", page));
    }

    private UUID onlyAttachment() {
        return jdbc.sql("select id from proposal_attachment where proposal_id = ?").param(proposal)
                .query(UUID.class).single();
    }

    private int attachmentCount() {
        return jdbc.sql("select count(*) from proposal_attachment where proposal_id = ?").param(proposal)
                .query(Integer.class).single();
    }
}
