package org.kstp.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.plan.domain.PlanReferenceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plan as loaded from the YAML: through PlanApi and through the public REST endpoint. */
@KstpIntegrationTest
class PlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    PlanApi plan;

    @Autowired
    PlanReferenceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void indicatorsAreServedExactlyAsPublished() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plan/indicators")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> indicators = JsonMapper.builder().build()
                .readValue(response.body(), new TypeReference<>() { });
        assertThat(indicators).extracting(i -> i.get("code")).containsExactly("RD_GDP_RATIO", "FISCAL_ST_SHARE",
                "RD_FTE", "HIGH_TECH_ENTERPRISES", "COMMISSIONER_VILLAGE_COVERAGE", "AGRI_ST_PARKS",
                "NEW_RD_INSTITUTIONS", "ST_SMES");
        Map<String, Object> fte = indicators.get(2);
        assertThat(fte).containsOnlyKeys("code", "name", "unit", "baseline2020", "target2025")
                .containsEntry("unit", "person-years");
        assertThat(new BigDecimal(fte.get("baseline2020").toString())).isEqualByComparingTo("209.13");
        assertThat(new BigDecimal(fte.get("target2025").toString())).isEqualByComparingTo("228.18");
        assertThat(indicators.getFirst()).containsEntry("baseline2020", null);
        assertThat(response.body()).contains("\"target2025\":0.055");
    }

    @Test
    void aTargetBelowItsBaselineIsKept() {
        PlanIndicator enterprises = plan.indicators().get(3);
        assertThat(enterprises.code()).isEqualTo("HIGH_TECH_ENTERPRISES");
        assertThat(enterprises.baseline2020()).isEqualByComparingTo("15");
        assertThat(enterprises.target2025()).isEqualByComparingTo("12");
    }

    @Test
    void tasksKeepThePlansOrderWithTheirItems() {
        assertThat(plan.tasks()).extracting(PlanTask::code).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
        assertThat(plan.task("T2")).get().satisfies(t -> {
            assertThat(t.items()).hasSize(12);
            assertThat(t.items().getFirst().code()).isEqualTo("T2.1");
            assertThat(t.items().get(9).code()).isEqualTo("T2.10");
        });
        assertThat(plan.task("T9")).isEmpty();
        assertThat(plan.industries()).hasSize(10).first().extracting(PlanIndustry::code).isEqualTo("FRUIT");
    }

    @Test
    void loadingAgainIsIdempotent() {
        Map<String, Integer> before = counts();
        loader.load();
        assertThat(counts()).isEqualTo(before).containsEntry("plan_task", 6).containsEntry("plan_task_item", 55)
                .containsEntry("plan_industry", 10).containsEntry("plan_indicator", 8)
                .containsEntry("plan_carrier_kind", 11);
        assertThat(plan.indicators()).hasSize(8);
    }

    private Map<String, Integer> counts() {
        return Map.of("plan_task", count("plan_task"), "plan_task_item", count("plan_task_item"),
                "plan_industry", count("plan_industry"), "plan_indicator", count("plan_indicator"),
                "plan_carrier_kind", count("plan_carrier_kind"));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
