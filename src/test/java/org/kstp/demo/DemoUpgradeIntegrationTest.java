package org.kstp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.program.CallDraft;
import org.kstp.program.ProgramApi;
import org.kstp.program.ProgramCommands;
import org.kstp.program.RuleDefaults;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A demo database made before calls had items gets the demo call's items on its next start, once. */
@KstpIntegrationTest
class DemoUpgradeIntegrationTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Demo demo;
    @Autowired
    ProgramCommands commands;
    @Autowired
    ProgramApi programs;
    @Autowired
    RuleDefaults defaults;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOldDemoCallWithoutItemsGainsThemOnce() {
        DemoData data = DemoData.load();
        Actor bureau = demo.actor("bureau.admin");
        UUID program = commands.createProgram("Old demo programme", "T1", null, bureau);
        UUID oldCall = commands.draftCall(program, new CallDraft((String) data.call().get("title"), "Guideline",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(20)),
                DemoData.decimal(data.call().get("budgetCap")), true, false, defaults.indirectTiers(),
                defaults.equipmentJustificationThreshold(), defaults.concurrency(), Map.of()), bureau);
        commands.publishCall(oldCall, bureau);
        int demoCallItems = demo.openCall().items().size();
        try {
            seeder.run(null);
            seeder.run(null); // a second start adds nothing more

            assertThat(programs.call(oldCall).orElseThrow().items()).hasSize(data.callItems().size())
                    .extracting(i -> i.title()).containsExactlyElementsOf(
                            data.callItems().stream().map(i -> i.title()).toList());
            assertThat(demo.openCall().items()).hasSize(demoCallItems);
        } finally {
            jdbc.sql("update program_call set status = 'CLOSED' where id = ?").param(oldCall).update();
        }
    }
}
