package org.kstp.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.program.CallItemDraft;
import org.kstp.program.ProgramCommands;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application stage in a real browser: a full proposal with team and budget, the checklist going
 * green, a double-clicked submit that makes one submission, the receipt PDF; endorsement, county
 * recommendation within quota (a second one refused), intake and a failed formal-check item whose
 * reason the PI reads.
 */
@KstpIntegrationTest
class ApplicationStageJourneyTest extends JourneyTest {

    private static final String PARTNER_USCC = "12370000495570035E";

    @Autowired
    Demo demo;
    @Autowired
    ProgramCommands programs;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fromAFullDraftToAFailedFormalCheckItem() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        UUID callId = demo.draftCall("莎车县林果技术指南", new BigDecimal("800000"), Duration.ofDays(10),
                Map.of("653125", 1));
        programs.addCallItem(callId, new CallItemDraft("红枣水肥一体化与绿色防控", "集成水肥一体化技术",
                "示范面积不少于1000亩", new BigDecimal("400000"), 2), bureau);
        demo.publish(callId);
        Demo.Host shache = demo.newHostIn("653125"); // the proposal's county is its host's
        Actor applicant = shache.applicant();

        Page pi = signIn(applicant.username(), Demo.APPLICANT_PASSWORD);
        pi.navigate(url("/proposals/new?call=" + callId));
        pi.getByLabel("项目名称").fill("红枣提质增效关键技术集成示范");
        pi.getByLabel("项目摘要").fill("在莎车县集成红枣水肥一体化与病虫害绿色防控技术。");
        pi.getByLabel("关键词（以逗号或顿号分隔）").fill("红枣，提质增效");
        pi.getByLabel("所属产业").selectOption("FRUIT");
        pi.getByLabel("申请经费（元）").fill("300000");
        pi.getByLabel("计划完成日期").fill("2028-06-30");
        pi.getByLabel("申报指南条目").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("条目1：红枣水肥一体化与绿色防控 （单项经费不超过400,000.00元）"));
        pi.getByTestId("discipline-search").fill("经济林");
        pi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("22045 经济林学")).click();
        assertThat(pi.getByLabel("所属学科（GB/T 13745）")).hasValue("22045");
        pi.getByLabel("统一社会信用代码").first().fill(PARTNER_USCC);
        pi.getByLabel("合作方式").first().selectOption("DEMONSTRATION");
        pi.getByLabel("姓名").first().fill("古丽·买买提");
        var budget = pi.getByTestId("budget-lines");
        budget.getByLabel("名称").nth(0).fill("田间试验与检测");
        budget.getByLabel("金额（元）").nth(0).fill("260000");
        pi.getByLabel("间接费用（元）").fill("50000");
        click(pi, "保存");
        assertThat(pi.getByTestId("checklist")).containsText("经费预算合计310000.00元与申请经费300000.00元不一致");

        pi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编辑")).click();
        pi.getByLabel("间接费用（元）").fill("40000");
        click(pi, "保存");
        assertThat(pi.getByTestId("checklist-ok")).isVisible();
        assertThat(pi.getByTestId("partner-list")).containsText("山东省援疆农业技术研究院（演示）");
        assertThat(pi.getByTestId("call-item")).containsText("红枣水肥一体化与绿色防控");

        pi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).dblclick();
        assertThat(pi.getByTestId("proposal-status")).hasText("已提交");
        String proposalUrl = pi.url();
        UUID id = UUID.fromString(proposalUrl.substring(proposalUrl.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from proposal_status_change where proposal_id = ? and action = 'SUBMIT'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        Download receipt = pi.waitForDownload(() -> pi.getByTestId("receipt-pdf").click());
        byte[] pdf = Files.readAllBytes(receipt.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        Page institution = signIn(shache.administrator().username(), Demo.APPLICANT_PASSWORD);
        institution.navigate(proposalUrl);
        click(institution, "单位审核通过");
        assertThat(institution.getByTestId("proposal-status")).hasText("单位已审核");

        Page county = signIn("county.shache", KstpIntegrationTest.DEMO_PASSWORD);
        county.navigate(proposalUrl);
        assertThat(county.getByTestId("quota-use")).containsText("已用0个，共1个");
        click(county, "推荐");
        assertThat(county.getByTestId("proposal-status")).hasText("县市已推荐");
        UUID second = endorsedSecondProposal(callId);
        county.navigate(url("/proposals/" + second));
        click(county, "推荐");
        assertThat(county.getByTestId("refusal")).containsText("名额已用完");

        Page staff = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        staff.navigate(proposalUrl);
        click(staff, "受理");
        var form = staff.getByTestId("formal-check-form");
        form.locator("input[name=pass_SIGNED][value=false]").check();
        form.getByLabel("不符合时请写明原因（申报人可见） 依托单位承诺书已签章").fill("承诺书未加盖单位公章");
        click(staff, "提交形式审查结果");
        assertThat(staff.getByTestId("proposal-status")).hasText("退回修改");

        pi.navigate(proposalUrl);
        assertThat(pi.getByTestId("formal-check-result")).containsText("承诺书未加盖单位公章");
        assertThat(pi.getByTestId("timeline")).containsText("承诺书未加盖单位公章");
    }

    private UUID endorsedSecondProposal(UUID callId) {
        Demo.Host host = demo.newHostIn("653125");
        UUID id = proposals.draft(callId, demo.contentFor(callId, "Second in the county"), host.applicant());
        proposals.act(id, ProposalAction.SUBMIT, null, host.applicant());
        proposals.act(id, ProposalAction.ENDORSE, null, host.administrator());
        return id;
    }
}
