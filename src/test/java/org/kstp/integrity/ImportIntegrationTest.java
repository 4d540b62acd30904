package org.kstp.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.imports.ImportRow;
import org.kstp.integrity.imports.RecordImport;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The import's dry run explains every line against the real directory and accounts; the import is all or nothing. */
@KstpIntegrationTest
@DirtiesContext
class ImportIntegrationTest {

    static final String HEADER = "subject_kind,subject_type,name,uscc,username,citizen_id,finding,issuer,document_number,"
            + "decision_date,tier,measures\n";
    static final String HOST = "ORGANISATION,IMPLEMENTING_INSTITUTION,Host,12653100458000812X,,,Fake data,Region,"
            + "%s,2024-02-20,SERIOUS,BAN_HOST:2024-03-01:2026-02-28\n";
    static final String EXPERT = "PERSON,REVIEW_EXPERT,Expert,,expert.demo3,,Bias,Region,%s,2024-02-20,GRAVE,"
            + "BAN_REVIEW:2024-03-01:2027-02-28\n";

    @Autowired
    RecordImport imports;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    private static byte[] csv(String... lines) {
        return (HEADER + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private int findings() {
        return jdbc.sql("select count(*) from integrity_record where kind = 'FINDING'").query(Integer.class).single();
    }

    @Test
    void theDryRunMatchesOrRefusesEachLineWithItsReason() {
        Actor bureau = demo.actor("bureau.admin");
        List<ImportRow> rows = imports.dryRun(csv(
                HOST.formatted("D-1"),
                EXPERT.formatted("D-1"),
                "ORGANISATION,IMPLEMENTING_INSTITUTION,Bad,12345,,,F,Region,D-2,2024-02-20,SERIOUS,BAN_HOST:2024-03-01:2026-02-28\n",
                "PERSON,RESEARCHER,Nobody,,no.such.user,,F,Region,D-3,2024-02-20,SERIOUS,BAN_APPLY:2024-03-01:2026-02-28\n",
                HOST.formatted("D-1"),
                "PERSON,RESEARCHER,Late,,expert.demo2,,F,Region,D-4,2024-02-31,SERIOUS,BAN_APPLY:2024-03-01:2026-02-28\n",
                "PERSON,RESEARCHER,Long,,expert.demo2,,F,Region,D-5,2024-02-20,SERIOUS,BAN_APPLY:2024-03-01:2029-02-28\n",
                "PERSON,\u79d1\u7814\u4eba\u5458,ById,,,11010519491231002X,F,Region,D-6,2024-02-20,\u8f83\u91cd,"
                        + "BAN_APPLY:2024-03-01:2026-02-28\n"), bureau);
        assertThat(rows).extracting(r -> r.refused() ? r.refusalKey() : r.matchKey()).containsExactly(
                "integrity.import.matchedOrganisation",
                "integrity.import.matchedAccount",
                "integrity.import.badUscc",
                "integrity.import.unknownPerson",
                "integrity.import.duplicateInFile",
                "integrity.import.badDate",
                "integrity.measure.periodTooLong",
                "integrity.import.idOnly");
        assertThat(rows.get(4).refusalArgs()).containsExactly(2);
        assertThat(rows).extracting(ImportRow::line).startsWith(2, 3, 4);
    }

    @Test
    void theImportIsAllOrNothingAndRefusesWhatIsAlreadyRecorded() {
        Actor bureau = demo.actor("bureau.admin");
        int before = findings();
        byte[] oneBad = csv(EXPERT.formatted("N-1"), "PERSON,RESEARCHER,X,,no.such.user,,F,R,N-2,2024-02-20,SERIOUS,"
                + "BAN_APPLY:2024-03-01:2026-02-28\n");
        assertThatThrownBy(() -> imports.commit(oneBad, bureau)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("integrity.import.hasRefusals");
        assertThat(findings()).isEqualTo(before);

        assertThat(imports.commit(csv(EXPERT.formatted("N-1"), HOST.formatted("N-1")), bureau)).isEqualTo(2);
        assertThat(findings()).isEqualTo(before + 2);
        assertThat(imports.dryRun(csv(EXPERT.formatted("N-1")), bureau)).singleElement()
                .extracting(ImportRow::refusalKey).isEqualTo("integrity.import.duplicate");
        assertThatThrownBy(() -> imports.dryRun(csv(), demo.actor("pi.demo"))).isInstanceOf(RuleViolation.class);
    }
}
