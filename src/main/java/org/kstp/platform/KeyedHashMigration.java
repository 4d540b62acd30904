package org.kstp.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.kstp.common.CitizenIdHash;

/**
 * A Flyway migration written in Java because it needs the field keys, which the database must never
 * hold: moving the plain SHA-256 ID hashes stored before issue 15 to keyed hashes. Modules declare one
 * as a Spring bean (Spring Boot hands such beans to Flyway), with the version their issue assigned.
 * Every module rekeys its own columns in the same Flyway run, so all hashes of one number still match.
 */
public abstract class KeyedHashMigration implements JavaMigration {

    private final String version;
    private final String description;
    protected final CitizenIdHash hashes;

    protected KeyedHashMigration(String version, String description, CitizenIdHash hashes) {
        this.version = version;
        this.description = description;
        this.hashes = hashes;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** Replaces every stored legacy digest in the column by its keyed hash; returns how many rows moved. */
    protected int rekey(Connection connection, String table, String idColumn, String hashColumn)
            throws SQLException {
        Map<Object, String> rekeyed = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + idColumn + ", " + hashColumn + " from " + table + " where " + hashColumn + " is not null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                rekeyed.put(rows.getObject(1), hashes.rekey(rows.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set " + hashColumn + " = ? where " + idColumn + " = ?")) {
            for (Map.Entry<Object, String> row : rekeyed.entrySet()) {
                update.setString(1, row.getValue());
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return rekeyed.size();
    }
}
