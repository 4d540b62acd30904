package org.kstp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.notification.domain.DeadlineReminders;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewService;
import org.kstp.support.Demo;
import org.kstp.support.Waits;
import org.kstp.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Receipts and notices end to end, with a real SMTP server (GreenMail): the PI's receipt e-mail with
 * the PDF copy, the notices to whoever acts next, the reason on a return, and reminders sent once.
 */
@KstpIntegrationTest
class NotificationIntegrationTest {

    private static final int SMTP_PORT = TestMail.freePort();
    private static final String TITLE = "\u6797\u679c\u63d0\u8d28\u589e\u6548\u5173\u952e\u6280\u672f";
    private static final String WATERMARK = "\u6b63\u5f0f\u7533\u62a5\u7248";

    @RegisterExtension
    static final GreenMailExtension mail = TestMail.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailHost(DynamicPropertyRegistry registry) {
        TestMail.pointAt(registry, SMTP_PORT);
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService reviews;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void submittingMailsTheReceiptWithThePdfAndAsksTheHostToEndorse() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(TITLE + " receipt"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        String tracking = proposals.summary(id).trackingNumber();

        var stored = jdbc.sql("select snapshot, sha256 from proposal_submission where proposal_id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        String hash = stored.get(1);
        assertThat(hash).isEqualTo(sha256(stored.get(0)));
        assertThat(stored.get(0)).contains(TITLE + " receipt", tracking);

        MimeMessage receipt = awaitMail(pi.username() + "@kstp.example", tracking);
        assertThat(body(receipt)).contains(tracking, hash);
        String pdfText = text(pdfOf(receipt));
        assertThat(pdfText).contains(TITLE + " receipt", tracking, hash, WATERMARK);

        assertThat(awaitNotice(demo.actor("inst.admin").accountId(), "notification.proposal.toEndorse", tracking))
                .isTrue();
        assertThat(awaitMail("inst.admin@kstp.example", tracking).getSubject()).contains(TITLE);

        MockMvc mvc = mvc();
        byte[] downloaded = mvc.perform(get("/proposals/" + id + "/receipt.pdf").with(demo.as(pi)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(downloaded)).contains(tracking, hash, WATERMARK);
        // Kept for people to look at (layout, watermark); nothing reads it back.
        java.nio.file.Files.write(java.nio.file.Path.of("target/receipt-sample.pdf"), downloaded);
        mvc.perform(get("/proposals/" + id + "/receipt.pdf").with(demo.as(demo.newApplicant())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/receipt").with(demo.as(pi)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(hash)));
        mvc.perform(get("/notifications/count").with(demo.as("inst.admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("notification-count")));
        mvc.perform(get("/notifications").with(demo.as("inst.admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(tracking)));
        mvc.perform(get("/notifications").with(demo.as(pi)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("notification.proposal.toEndorse"))));
    }

    @Test
    void returningTellsThePiTheReason() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(TITLE + " return"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        String reason = "\u9884\u7b97\u8bf4\u660e\u4e0d\u8db3 budget-" + UUID.randomUUID();
        proposals.act(id, ProposalAction.RETURN, reason, demo.actor("inst.admin"));

        assertThat(awaitNotice(pi.accountId(), "notification.proposal.returned", reason)).isTrue();
        MimeMessage returned = awaitMail(pi.username() + "@kstp.example", reason);
        assertThat(body(returned)).contains(reason, proposals.summary(id).trackingNumber());
    }

    @Test
    void theExpertHearsOfAnAssignmentAndTheBureauOfAnEndorsement() throws Exception {
        Actor pi = demo.newApplicant();
        Actor bureau = demo.actor("bureau.admin");
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(TITLE + " review"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        String tracking = proposals.summary(id).trackingNumber();
        assertThat(awaitNotice(bureau.accountId(), "notification.proposal.toAccept", tracking)).isTrue();

        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
        proposals.act(id, ProposalAction.PASS_FORMAL_CHECK, null, bureau);
        Actor expert = demo.actor("expert.demo3");
        reviews.assign(id, expert.accountId(), bureau);
        assertThat(awaitNotice(expert.accountId(), "notification.review.assigned", tracking)).isTrue();
        assertThat(awaitMail("expert.demo3@kstp.example", tracking)).isNotNull();
    }

    @Test
    void eachDeadlineReminderIsSentOnce() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(TITLE + " reminder"), pi);
        Instant closes = demo.openCall().closesAt();

        reminders.sendDue(closes.minus(Duration.ofDays(8)));
        assertThat(reminderCount(pi)).isZero();
        for (Duration before : List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(2))) {
            Instant at = closes.minus(before).plusSeconds(60);
            reminders.sendDue(at);
            reminders.sendDue(at.plusSeconds(300)); // the next run, or a restart: nothing new
            assertThat(reminderCount(pi)).as("after " + before).isEqualTo(sentSoFar(before));
        }
        reminders.sendDue(closes.plusSeconds(1));
        assertThat(reminderCount(pi)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from notification_reminder where proposal_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(3);
        String email = pi.username() + "@kstp.example";
        poll(() -> mailsTo(email).size() == 3);
        assertThat(mailsTo(email)).hasSize(3);
    }

    private static int sentSoFar(Duration before) {
        return before.equals(Duration.ofDays(7)) ? 1 : before.equals(Duration.ofDays(1)) ? 2 : 3;
    }

    private int reminderCount(Actor pi) {
        return jdbc.sql("select count(*) from notification_notice where recipient_id = ? and message_key = ?")
                .params(pi.accountId(), "notification.deadline.reminder").query(Integer.class).single();
    }

    private boolean awaitNotice(UUID recipient, String key, String argument) {
        return poll(() -> jdbc.sql("""
                select count(*) from notification_notice where recipient_id = ? and message_key = ?
                and args::text like ?""").params(recipient, key, "%" + argument + "%")
                .query(Integer.class).single() > 0);
    }

    private MimeMessage awaitMail(String to, String subjectOrBodyPart) {
        MimeMessage[] found = new MimeMessage[1];
        poll(() -> {
            for (MimeMessage m : mailsTo(to)) {
                try {
                    if (m.getSubject().contains(subjectOrBodyPart) || body(m).contains(subjectOrBodyPart)) {
                        found[0] = m;
                        return true;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        });
        assertThat(found[0]).as("mail to " + to + " about " + subjectOrBodyPart).isNotNull();
        return found[0];
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * Event listeners run after commit on another thread: wait for them, up to 20 seconds (fails the
     * test when they never get there; true otherwise, for the callers' own assertions).
     */
    private static boolean poll(Supplier<Boolean> done) {
        Waits.until("the listeners after commit", Duration.ofSeconds(20), done::get);
        return true;
    }

    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart multipart = (Multipart) content;
        StringBuilder out = new StringBuilder();
        collectText(multipart, out);
        return out.toString();
    }

    private static void collectText(Multipart multipart, StringBuilder out) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collectText(nested, out);
            } else if (part.isMimeType("text/plain")) {
                out.append(part.getContent());
            }
        }
    }

    private static byte[] pdfOf(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Long values (the hash) may wrap; compare without line breaks.
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", "");
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
}
