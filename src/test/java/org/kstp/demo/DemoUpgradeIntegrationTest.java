package org.kstp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.program.ProgramApi;
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
    ProgramApi programs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOldDemoCallWithoutItemsGainsThemOnce() throws Exception {
        DemoData data = DemoData.load();
        Actor bureau = demo.actor("bureau.admin");
        var demoCall = demo.openCall();
        UUID oldCall = demo.publishedCall((String) data.call().get("title"),
                DemoData.decimal(data.call().get("budgetCap")), Duration.ofDays(20));
        try {
            seeder.run(null);
            seeder.run(null); // a second start adds nothing more

            assertThat(programs.call(oldCall).orElseThrow().items()).hasSize(data.callItems().size())
                    .extracting(i -> i.title()).containsExactlyElementsOf(
                            data.callItems().stream().map(i -> i.title()).toList());
            assertThat(programs.call(demoCall.id()).orElseThrow().items()).hasSize(demoCall.items().size());
        } finally {
            jdbc.sql("update program_call set status = 'CLOSED' where id = ?").param(oldCall).update();
        }
    }
}
