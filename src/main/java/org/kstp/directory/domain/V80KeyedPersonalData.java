package org.kstp.directory.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.kstp.common.CitizenIdHash;
import org.kstp.platform.KeyedHashMigration;
import org.springframework.stereotype.Component;

/**
 * Directory migration 80 (issue 15): the ID hashes of person records and legal representatives become
 * keyed hashes, and phones move from plain text to an encrypted value, a keyed hash (to find a record
 * by name and phone) and the last four digits (for lists). The plain column is dropped.
 */
@Component
class V80KeyedPersonalData extends KeyedHashMigration {

    private final PhoneCipher phones;

    V80KeyedPersonalData(CitizenIdHash hashes, PhoneCipher phones) {
        super("80", "directory keyed id hashes and sealed phones", hashes);
        this.phones = phones;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table directory_person add column phone_sealed bytea,"
                    + " add column phone_hash char(64), add column phone_tail varchar(4)");
        }
        rekey(connection, "directory_person", "id", "id_hash");
        rekey(connection, "directory_organisation", "id", "legal_rep_id_hash");
        sealPhones(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table directory_person drop constraint directory_person_identified");
            ddl.execute("drop index directory_person_phone");
            ddl.execute("alter table directory_person drop column phone");
            ddl.execute("alter table directory_person add constraint directory_person_identified"
                    + " check (id_hash is not null or phone_hash is not null)");
            ddl.execute("create index directory_person_phone on directory_person (name, phone_hash)");
        }
    }

    private void sealPhones(Connection connection) throws SQLException {
        Map<UUID, PhoneCipher.SealedPhone> sealed = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, phone from directory_person where phone is not null and phone <> ''");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sealed.put(rows.getObject(1, UUID.class), phones.seal(rows.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update directory_person set phone_sealed = ?, phone_hash = ?, phone_tail = ? where id = ?")) {
            for (Map.Entry<UUID, PhoneCipher.SealedPhone> row : sealed.entrySet()) {
                update.setBytes(1, row.getValue().sealed());
                update.setString(2, row.getValue().hash());
                update.setString(3, row.getValue().tail());
                update.setObject(4, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
