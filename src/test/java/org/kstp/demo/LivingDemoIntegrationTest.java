package org.kstp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.directory.DirectoryApi;
import org.kstp.proposal.ProposalCommands;
import org.kstp.proposal.domain.ProposalStatus;
import org.kstp.review.ReviewCommands;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The living demo of the test profile (a small size): every proposal state is reached, every demo
 * account has work waiting, demands are collected, and the seed alone decides what is created.
 */
@KstpIntegrationTest
class LivingDemoIntegrationTest {

    @Autowired
    LivingDemo living;
    @Autowired
    ProposalCommands proposals;
    @Autowired
    ReviewCommands reviews;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirectoryApi directory;

    @Test
    void everyProposalStateIsReached() {
        Map<String, Integer> seen = new HashMap<>(proposals.visibleCounts(demo.actor("bureau.admin")));
        seen.putAll(proposals.visibleCounts(demo.actor("pi.demo")));
        assertThat(seen.keySet()).containsAll(Arrays.stream(ProposalStatus.values()).map(Enum::name).toList());
    }

    @Test
    void everyDemoAccountHasWorkWaiting() {
        assertThat(proposals.visibleCounts(demo.actor("inst.admin"))).containsKey("SUBMITTED");
        assertThat(proposals.visibleCounts(demo.actor("county.shache"))).containsKey("ENDORSED");
        assertThat(proposals.visibleCounts(demo.actor("bureau.admin")))
                .containsKeys("RECOMMENDED", "ACCEPTED", "REVIEWED");
        assertThat(proposals.visibleCounts(demo.actor("pi.demo"))).containsKeys("DRAFT", "RETURNED");
        for (int n = 1; n <= DemoData.load().experts().size(); n++) {
            assertThat(reviews.tasksOf(demo.actor("expert.demo" + n))).as("expert.demo" + n)
                    .anyMatch(task -> !task.submitted());
        }
    }

    @Test
    void fundedProjectsArePendingOrInProgress() {
        List<String> statuses = jdbc.sql("""
                select distinct j.status from project j join proposal p on p.id = j.proposal_id
                join program_call c on c.id = p.call_id join program_program g on g.id = c.program_id
                where g.name in (:names)""").param("names", programmeNames()).query(String.class).list();
        assertThat(statuses).contains("AGREEMENT_PENDING", "IN_PROGRESS");
    }

    @Test
    void sanctionsAreRecordedAndOneWarnsAFundedProject() {
        assertThat(jdbc.sql("select count(*) from integrity_record where issuer = ?")
                .param(LivingData.of(DemoData.load().living()).integrity().get("issuer")).query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
        org.kstp.support.Waits.until("the sanctioned PI's project is flagged", java.time.Duration.ofSeconds(60),
                () -> jdbc.sql("select count(*) from project_sanction_alert").query(Integer.class).single() > 0);
    }

    @Test
    void demandsAreCollectedInEveryCountyAndSeveralStates() {
        LivingData living = LivingData.of(DemoData.load().living());
        List<String> titles = directory.counties().stream().flatMap(c -> living.demands().stream()
                .map(d -> d.get("title").replace("{county}", c.name()))).toList();
        List<Map<String, Object>> rows = jdbc.sql("""
                select status, county_code from demand_technology_demand where title in (:titles)""")
                .param("titles", titles).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("status"))
                .contains("SUBMITTED", "VETTED", "PUBLISHED", "REJECTED", "WITHDRAWN");
        assertThat(rows.stream().map(r -> r.get("county_code")).distinct()).hasSize(12);
    }

    @Test
    void theSeedAloneDecidesWhatIsCreated() {
        DemoData data = DemoData.load();
        DemoPlan plan = living.plan(data);
        assertThat(living.plan(data).digest()).isEqualTo(plan.digest());
        List<String> created = jdbc.sql("""
                select p.title || '|' || p.status from proposal p join program_call c on c.id = p.call_id
                join program_program g on g.id = c.program_id where g.name in (:names)""")
                .param("names", programmeNames()).query(String.class).list();
        assertThat(DemoPlan.digestOf(created)).isEqualTo(plan.digest());
        assertThat(plan.institutions().stream().map(DemoPlan.Institution::county).distinct()).hasSize(12);
    }

    private static List<String> programmeNames() {
        return LivingData.of(DemoData.load().living()).programmes().values().stream().map(p -> p.get("name")).toList();
    }
}
