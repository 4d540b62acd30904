package org.kstp.integrity.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.kstp.common.CitizenIdHash;
import org.kstp.platform.KeyedHashMigration;
import org.springframework.stereotype.Component;

/**
 * Integrity migration 81 (issue 15): the register's citizen-ID hashes become keyed hashes, in the same
 * Flyway run as the directory's (migration 80), so records keep matching people. The register is
 * append-only; this one rewrite of a derived column, inside the migration's transaction, is the
 * documented exception (the entries themselves do not change).
 */
@Component
class V81KeyedRegisterHashes extends KeyedHashMigration {

    V81KeyedRegisterHashes(CitizenIdHash hashes) {
        super("81", "integrity keyed citizen id hashes", hashes);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table integrity_record disable trigger integrity_record_no_update");
        }
        rekey(connection, "integrity_record", "id", "person_id_hash");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table integrity_record enable trigger integrity_record_no_update");
        }
    }
}
