package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.kstp.common.CitizenIdHash;
import org.kstp.directory.domain.PhoneCipher;
import org.kstp.support.CitizenIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data stored before issue 15 is migrated, not lost: a schema migrated up to version 79 gets the old
 * plain SHA-256 ID hashes and a plain phone, then the application's migrations (with its keys) run on
 * it. Afterwards every hash is the keyed hash of the number, a person record and the integrity
 * register still match, and the phone is readable only through the keys.
 */
@KstpIntegrationTest
class PersonalDataMigrationIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    List<JavaMigration> javaMigrations;
    @Autowired
    CitizenIdHash citizenIds;
    @Autowired
    PhoneCipher phones;

    @Test
    void legacyHashesAreRekeyedAndPlainPhonesSealed() {
        String schema = "legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        flyway(schema, lastBefore80(schema)).migrate();
        String id = CitizenIds.random();
        String passport = "E12345678";
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID person = UUID.randomUUID();
        UUID traveller = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        UUID record = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".directory_person (id, name, id_type, id_hash, id_tail, phone, created_by,"
                + " created_at, updated_at, version) values (?, 'Legacy member', 'CITIZEN_ID', ?, ?, '13912345678', ?,"
                + " now(), now(), 0)").params(person, legacy("kstp-citizen-id:" + id), id.substring(14), person)
                .update();
        jdbc.sql("insert into " + schema + ".directory_person (id, name, id_type, id_hash, id_tail, created_by,"
                + " created_at, updated_at, version) values (?, 'Traveller', 'PASSPORT', ?, '5678', ?, now(), now(), 0)")
                .params(traveller, legacy("kstp-passport:" + passport), traveller).update();
        jdbc.sql("insert into " + schema + ".directory_organisation (id, uscc, name, needs_review, legal_rep_name,"
                + " legal_rep_id_hash, created_at, version) values (?, '91653101MA0000000X', 'Legacy org',"
                + " false, 'Rep', ?, now(), 0)").params(organisation, legacy("kstp-citizen-id:" + id)).update();
        jdbc.sql("insert into " + schema + ".integrity_record (id, kind, subject_type, person_name, person_id_hash,"
                + " issuer, document_number, decision_date, tier, recorded_at, recorded_by, recorded_by_name)"
                + " values (?, 'FINDING', 'RESEARCHER', 'Legacy member', ?, 'Region', 'KJ-1', current_date, 'SERIOUS',"
                + " now(), ?, 'Clerk')").params(record, legacy("kstp-citizen-id:" + id), person).update();

        flyway(schema, "latest").migrate();

        String keyed = citizenIds.of(id);
        assertThat(jdbc.sql("select id_hash from " + schema + ".directory_person where id = ?").param(person)
                .query(String.class).single()).isEqualTo(keyed);
        assertThat(jdbc.sql("select legal_rep_id_hash from " + schema + ".directory_organisation where id = ?")
                .param(organisation).query(String.class).single()).isEqualTo(keyed);
        assertThat(jdbc.sql("select person_id_hash from " + schema + ".integrity_record where id = ?").param(record)
                .query(String.class).single()).isEqualTo(keyed);
        assertThat(jdbc.sql("select id_hash from " + schema + ".directory_person where id = ?").param(traveller)
                .query(String.class).single()).isEqualTo(citizenIds.keyed("kstp-passport:" + passport));
        var row = jdbc.sql("select phone_sealed, phone_tail from " + schema + ".directory_person where id = ?")
                .param(person).query().singleRow();
        assertThat(phones.open((byte[]) row.get("phone_sealed"))).isEqualTo("13912345678");
        assertThat(row.get("phone_tail")).isEqualTo("5678");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = ?"
                + " and table_name = 'directory_person' and column_name = 'phone'").param(schema)
                .query(Integer.class).single()).isZero();
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .target(target).load();
    }

    /** The newest migration before this issue's, whatever version numbers other issues add below it. */
    private String lastBefore80(String schema) {
        return java.util.Arrays.stream(flyway(schema, "latest").info().all()).map(m -> m.getVersion())
                .filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast("80")).max(Comparable::compareTo)
                .orElseThrow().getVersion();
    }

    private static String legacy(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
