package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kstp.audit.AuditApi;
import org.kstp.audit.domain.AuditChain;
import org.kstp.common.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log is append-only in the database itself, and its hash chain verifies. */
@KstpIntegrationTest
class AuditIntegrationTest {

    @Autowired
    AuditApi audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsCannotBeChangedOrDeletedAndTheChainVerifies() {
        audit.record(Actor.system(), "test", "1", "CHECK", "first");
        audit.record(Actor.system(), "test", "1", "CHECK", "second");
        assertThat(chain.firstBrokenRecord()).isEqualTo(-1);
        assertThatThrownBy(() -> jdbc.sql("update audit_record set detail = 'forged' where object_type = 'test'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where object_type = 'test'").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'test'").query(Integer.class).single())
                .isEqualTo(2);
    }
}
