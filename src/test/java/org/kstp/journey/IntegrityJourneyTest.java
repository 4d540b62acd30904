package org.kstp.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.Profile;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.TeamMember;
import org.kstp.review.domain.ReviewService;
import org.kstp.support.Demo;
import org.kstp.support.Sheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4 in a real browser: staff import an integrity list (Excel) that sanctions the PI and a team
 * member of a draft, and an expert; the dry run is shown, then committed. The PI's checklist blocks the draft and
 * names the member without the record; the member sees their own record and how to appeal; the
 * expert disappears from the eligible list, loses the pending review, and the pool shows why; an
 * expert who declared the PI as a former student is listed as excluded with that reason.
 */
@KstpIntegrationTest
class IntegrityJourneyTest extends JourneyTest {

    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService review;
    @Autowired
    ExpertService experts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aListImportedByStaffBlocksTheTeamAndTheExpertWithReasonsForWhoMaySeeThem() {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        Actor bureau = demo.actor("bureau.admin");
        Actor member = demo.newApplicant();
        Actor pi = demo.newApplicant();
        UUID draft = proposals.draft(demo.openCall().id(), content("Team of " + pi.username(), member), pi);
        Actor expertActor = demo.newExpert("Shandong");
        String expert = expertActor.username();
        UUID underReview = demo.readyForReview();
        review.assign(underReview, expertActor.accountId(), bureau);
        String tracking = proposals.summary(underReview).trackingNumber();
        // An expert who declared the PI of the proposal under review as a former student.
        Actor related = demo.newExpert("Kashgar");
        UUID underReviewPi = jdbc.sql("select pi_account_id from proposal where id = ?").param(underReview)
                .query(UUID.class).single();
        experts.saveOwnProfile(new Profile("Professor", null, List.of("21040"), "jujube", List.of("FRUIT"),
                "Kashgar", false, null, List.of(new Relation(RelationKind.SUPERVISOR_STUDENT, underReviewPi, null,
                today.minusYears(8), today.minusYears(5))), List.of(), List.of()), related);

        Page staff = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        staff.navigate(url("/integrity/import"));
        staff.getByTestId("import-file").setInputFiles(new FilePayload("list.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Sheets.xlsx(
                        new Object[] {"subject_kind", "subject_type", "name", "username", "finding", "issuer",
                            "document_number", "decision_date", "tier", "measures"},
                        new Object[] {"PERSON", "\u79d1\u7814\u4eba\u5458", member.displayName(), member.username(),
                            "Fabricated data", "Region", "XJ-2026-41", today.minusDays(20), "\u8f83\u91cd",
                            "BAN_TEAM_MEMBER:" + today.minusDays(10) + ":" + today.plusYears(2)},
                        new Object[] {"PERSON", "RESEARCHER", pi.displayName(), pi.username(), "Plagiarism",
                            "Region", "XJ-2026-40", today.minusDays(20), "SERIOUS",
                            "BAN_APPLY:" + today.minusDays(10) + ":" + today.plusYears(1)},
                        new Object[] {"PERSON", "REVIEW_EXPERT", "Expert", expert, "Biased reviews", "Region",
                            "XJ-2026-42", today.minusDays(20), "GRAVE",
                            "BAN_REVIEW:" + today.minusDays(10) + ":" + today.plusYears(4)})));
        staff.getByTestId("import-upload").click();
        assertThat(staff.getByTestId("dry-run")).containsText(member.username());
        assertThat(staff.getByTestId("import-summary")).containsText("3\u884c\u53ef\u4ee5\u5bfc\u5165");
        staff.getByTestId("import-commit").click();
        assertThat(staff.getByTestId("import-done")).isVisible();

        Page piPage = signIn(pi.username(), Demo.APPLICANT_PASSWORD);
        piPage.navigate(url("/proposals/" + draft));
        Locator checklist = piPage.getByTestId("checklist");
        assertThat(checklist).containsText(member.displayName());
        assertThat(checklist).containsText("\u79d1\u7814\u8bda\u4fe1\u5904\u7406\u63aa\u65bd\u9650\u5236");
        assertThat(checklist).not().containsText("XJ-2026-41");
        // The PI is the subject of their own record: they see it, with the document number.
        assertThat(checklist).containsText("XJ-2026-40");

        Page memberPage = signIn(member.username(), Demo.APPLICANT_PASSWORD);
        memberPage.navigate(url("/integrity/mine"));
        assertThat(memberPage.locator("main, body").first()).containsText("XJ-2026-41");
        assertThat(memberPage.locator("main, body").first()).containsText("\u7533\u8bc9");

        staff.navigate(url("/review/proposals/" + underReview));
        assertThat(staff.locator("#expert")).not().containsText(expert);
        assertThat(staff.getByTestId("assignments")).not().containsText(expert);
        Locator excludedRow = staff.getByTestId("excluded-experts").locator("tr",
                new Locator.LocatorOptions().setHasText(related.username()));
        assertThat(excludedRow.locator("[data-code=DECLARED_RELATION]")).isVisible();
        assertThat(excludedRow).containsText("\u7533\u62a5\u7684\u5173\u7cfb\u4eba");
        staff.navigate(url("/experts?status=LEFT"));
        Locator row = staff.getByTestId("experts").locator("tr", new Locator.LocatorOptions().setHasText(expert));
        assertThat(row.getByTestId("sanctioned")).isVisible();
        staff.navigate(url("/notifications"));
        assertThat(staff.getByTestId("notices")).containsText(tracking);
    }

    private static ProposalContent content(String title, Actor member) {
        return new ProposalContent(title, "Abstract", "k1, k2", "T1", "FRUIT", new BigDecimal("100000.00"),
                List.of(new TeamMember(member.displayName(), "Engineer", "Org", "Field work", member.accountId())),
                new Budget(List.of(new BudgetLine(CostCategory.OPERATIONS, "Field work", new BigDecimal("90000.00"),
                        null)), new BigDecimal("10000.00"), List.of()), LocalDate.now(BusinessTime.ZONE).plusYears(2));
    }
}
