package org.kstp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** kstp.rules.* as Spring binds it: a number that is written is taken as written, a missing one is the rule's. */
class RuleDefaultsTest {

    private static RuleDefaults bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kstp.rules", RuleDefaults.class);
    }

    @Test
    void anOverdueLimitOfZeroMeansZero() {
        RuleDefaults rules = bind(Map.of("kstp.rules.institution-overdue-limit", "0"));
        assertThat(rules.institutionOverdueLimit()).isZero();
        assertThat(rules.concurrency().institutionOverdueLimit()).isZero();
    }

    @Test
    void missingSettingsTakeTheRegulationsNumbers() {
        RuleDefaults rules = bind(Map.of());
        assertThat(rules.concurrency()).isEqualTo(new ConcurrencyRules(1, 2, 3, false, false));
        assertThat(rules.checkHostLegalRepresentative()).as("Xinjiang 2026 guide").isTrue();
        assertThat(rules.indirectTiers()).isEqualTo("5000000:0.30;10000000:0.25;*:0.20");
    }

    @Test
    void theLegalRepresentativeCheckAndTheMembershipCountingAreSettings() {
        RuleDefaults rules = bind(Map.of("kstp.rules.check-host-legal-representative", "false",
                "kstp.rules.pi-limit-counts-memberships", "true"));
        assertThat(rules.checkHostLegalRepresentative()).isFalse();
        assertThat(rules.concurrency().piLimitCountsMemberships()).isTrue();
    }

    @Test
    void limitsThatWouldForbidEveryProposalAreRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("kstp.rules.pi-concurrency-limit", "0")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("kstp.rules.institution-overdue-limit", "-1")))
                .isInstanceOf(BindException.class);
    }
}
