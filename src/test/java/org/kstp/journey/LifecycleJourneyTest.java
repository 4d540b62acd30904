package org.kstp.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.BusinessTime;

/**
 * The whole thin lifecycle in a real browser, by real clicks, as each role would do it: programme
 * and call, draft and submission, endorsement, intake, formal check, expert assignment, scoring,
 * approval, and the project awaiting its agreement.
 */
@KstpIntegrationTest
class LifecycleJourneyTest extends JourneyTest {

    private Page signIn(String username) {
        return signIn(username, KstpIntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void aProposalWalksFromCallToProject() {
        String callTitle = "2026年度设施农业节水技术申报指南";
        Page bureau = signIn("bureau.admin");
        bureau.navigate(url("/programs"));
        bureau.getByLabel("计划名称").fill("设施农业科技示范专项");
        bureau.getByLabel("所属重点任务").selectOption("T1");
        click(bureau, "创建");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(BusinessTime.ZONE);
        bureau.getByLabel("指南名称").fill(callTitle);
        bureau.getByLabel("开始申报时间（北京时间）").fill(now.minusHours(1).format(f));
        bureau.getByLabel("截止申报时间（北京时间）").fill(now.plusDays(20).format(f));
        bureau.getByLabel("经费总额上限（元）").fill("600000");
        click(bureau, "创建指南草稿");
        assertThat(bureau.getByTestId("call-status")).hasText("草稿");
        click(bureau, "发布");
        assertThat(bureau.getByTestId("call-status")).hasText("已发布");

        Page pi = signIn("pi.demo");
        pi.navigate(url("/proposals"));
        pi.locator("li", new Page.LocatorOptions().setHasText(callTitle)).getByText("填写申报书").click();
        pi.getByLabel("项目名称").fill("南疆日光温室滴灌节水关键技术集成与示范");
        pi.getByLabel("项目摘要").fill("针对喀什地区设施农业用水效率低的问题，集成滴灌与水肥一体化技术。");
        pi.getByLabel("关键词（以逗号或顿号分隔）").fill("设施农业，滴灌，节水");
        pi.getByLabel("所属产业").selectOption("AGRI_PROCESSING");
        pi.getByLabel("申请经费（元）").fill("450000");
        pi.getByLabel("计划开始日期").fill("2027-01-01");
        pi.getByLabel("计划完成日期").fill("2028-12-31");
        // A new call requires a discipline, indicators and a schedule by default.
        pi.getByLabel("所属学科（GB/T 13745）").fill("21040");
        var indicators = pi.getByTestId("indicators");
        indicators.getByLabel("考核指标").first().fill("示范日光温室");
        indicators.getByLabel("目标值").first().fill("200");
        indicators.getByLabel("单位").first().fill("座");
        var milestones = pi.getByTestId("milestones");
        milestones.getByLabel("开始日期").first().fill("2027-03-01");
        milestones.getByLabel("结束日期").first().fill("2027-12-31");
        milestones.getByLabel("阶段目标（里程碑）").first().fill("完成滴灌系统安装");
        var budget = pi.getByTestId("budget-lines");
        budget.getByLabel("名称").nth(0).fill("滴灌设备安装调试");
        budget.getByLabel("金额（元）").nth(0).fill("350000");
        budget.getByLabel("科目").nth(1).selectOption("LABOUR");
        budget.getByLabel("名称").nth(1).fill("田间试验临时用工");
        budget.getByLabel("金额（元）").nth(1).fill("50000");
        pi.getByLabel("间接费用（元）").fill("50000");
        pi.getByLabel("姓名").first().fill("吐尔逊·买买提");
        pi.getByLabel("职称").first().fill("副研究员");
        click(pi, "保存");
        assertThat(pi.getByTestId("checklist-ok")).isVisible();
        assertThat(pi.getByTestId("proposal-status")).hasText("草稿");
        String draftUrl = pi.url();
        pi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编辑")).click();
        pi.waitForLoadState(); // htmx wires the autosave trigger once the page has loaded
        pi.getByLabel("关键词（以逗号或顿号分隔）").fill("设施农业，滴灌，节水，水肥一体化");
        pi.getByLabel("项目名称").click(); // leaving the field fires "change": htmx autosaves
        assertThat(pi.getByTestId("autosave-status")).containsText("已自动保存");
        pi.navigate(draftUrl);
        assertThat(pi.getByText("设施农业，滴灌，节水，水肥一体化")).isVisible();
        click(pi, "提交");
        assertThat(pi.getByTestId("proposal-status")).hasText("已提交");
        assertThat(pi.getByTestId("tracking-number")).containsText(Pattern.compile("KS\\d{4}-\\d{6}"));
        String proposalUrl = pi.url();

        Page institution = signIn("inst.admin");
        institution.navigate(proposalUrl);
        click(institution, "单位审核通过");
        assertThat(institution.getByTestId("proposal-status")).hasText("单位已审核");

        bureau.navigate(proposalUrl);
        click(bureau, "受理");
        assertThat(bureau.getByTestId("proposal-status")).hasText("已受理");
        click(bureau, "提交形式审查结果");
        assertThat(bureau.getByTestId("proposal-status")).hasText("形式审查通过");
        assertThat(bureau.getByTestId("formal-check-result")).containsText("经费预算编制符合规定");
        bureau.navigate(proposalUrl.replace("/proposals/", "/review/proposals/"));
        bureau.getByLabel("指派评审专家").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("张教授 (expert.demo1)"));
        click(bureau, "指派");
        assertThat(bureau.getByTestId("proposal-status")).hasText("评审中");

        Page expert = signIn("expert.demo1");
        expert.navigate(url("/review/assignments"));
        expert.getByText("南疆日光温室滴灌节水关键技术集成与示范").click();
        click(expert, "声明无利益冲突并查看申报书");
        expert.getByLabel(Pattern.compile("^科学价值")).fill("9");
        expert.getByLabel(Pattern.compile("^创新性")).fill("8");
        expert.getByLabel(Pattern.compile("^可行性")).fill("8");
        expert.getByLabel(Pattern.compile("^团队基础")).fill("7");
        expert.getByLabel(Pattern.compile("^经费预算合理性")).fill("8");
        expert.getByLabel(Pattern.compile("^与规划的相关性")).fill("9");
        expert.getByLabel("评审意见", new Page.GetByLabelOptions().setExact(true)).fill("技术路线清晰，示范效果可期。");
        expert.getByLabel("资助", new Page.GetByLabelOptions().setExact(true)).check();
        expert.getByLabel(Pattern.compile("保密承诺")).check();
        click(expert, "提交评分");
        // Default sheet 25/20/20/15/10/10 on 0-10: 22.5 + 16 + 16 + 10.5 + 8 + 9 = 82.00
        assertThat(expert.getByTestId("submitted-sheet")).containsText("82.00");

        bureau.reload();
        assertThat(bureau.getByTestId("proposal-status")).hasText("评审完成");
        bureau.getByLabel("批准经费（元）").fill("400000");
        click(bureau, "批准立项");
        assertThat(bureau.getByTestId("approved")).containsText("400,000.00");

        bureau.navigate(url("/projects"));
        var row = bureau.getByTestId("projects").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("南疆日光温室滴灌节水关键技术集成与示范"));
        assertThat(row).containsText("待签任务书");
        assertThat(row).containsText("400,000.00");

        pi.navigate(proposalUrl);
        assertThat(pi.getByTestId("proposal-status")).hasText("已立项");
        // The review module's anonymised feedback, loaded into the proposal page by htmx after the decision.
        assertThat(pi.getByTestId("review-feedback")).containsText("专家A");
        assertThat(pi.getByTestId("review-feedback")).not().containsText("张教授");
        assertThat(pi.getByTestId("timeline").locator("li")).hasCount(7);
        pi.getByTestId("timeline").scrollIntoViewIfNeeded();
        Path shot = Path.of("docs/screenshots/proposal-timeline.png");
        pi.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        assertThat(shot).exists();
    }
}
