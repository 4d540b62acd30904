package org.kstp.bench.surge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-only access to the product's embedded PostgreSQL (port from postmaster.pid, line 4; user
 * postgres, database postgres), for the counts after the run, plus the raw commit-rate probe, which
 * writes only to its own scratch table and drops it afterwards.
 */
final class Database {

    private final Path pgData;

    Database(Path dataDir) {
        this.pgData = dataDir.resolve("pg");
    }

    /** Reads the port each time: after a kill -9 and restart the server may listen elsewhere. */
    Connection connect() throws SQLException {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            String port = lines.get(3).trim();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new SQLException("cannot read the port from " + pgData.resolve("postmaster.pid"), e);
        }
    }

    List<String> countyCodes() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code from directory_county order by code")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Raw commit rate: {@code threads} connections, each committing single-row inserts (autocommit)
     * for {@code seconds}; the same server, durability settings and machine as the product.
     */
    double commitRate(int threads, double seconds) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_surge_commit_probe (id bigserial primary key, "
                    + "worker int not null, at timestamptz not null default now(), note text)");
        }
        AtomicLong commits = new AtomicLong();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(connect());
        }
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Connection c = connections.get(i);
            int worker = i;
            workers.add(Thread.ofVirtual().start(() -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "insert into bench_surge_commit_probe (worker, note) values (?, 'probe')")) {
                    while (System.nanoTime() < end) {
                        insert.setInt(1, worker);
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        for (Connection c : connections) {
            c.close();
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table bench_surge_commit_probe");
        }
        return commits.get() / elapsed;
    }

    /**
     * Bench-only seeding for large N (see bench.d/surge.sh): copies the account {@code template}
     * (opened through the product, so its bcrypt hash is the product's) as applicant accounts with the
     * same password hash, one per user name and organisation USCC, in one transaction. Skips what the
     * product's account page also does: the per-account audit row and the bcrypt work itself.
     */
    void copyAccounts(String template, List<String> usernames, List<String> usccs) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            String hash;
            try (PreparedStatement s = c.prepareStatement("select password_hash from identity_account where username = ?")) {
                s.setString(1, template);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("template account " + template + " not found");
                    }
                    hash = rs.getString(1);
                }
            }
            try (PreparedStatement account = c.prepareStatement("""
                    insert into identity_account (id, username, password_hash, display_name, county_code,
                        organisation_id, failed_logins, enabled, created_at, version)
                    select ?, ?, ?, ?, null, o.id, 0, true, now(), 0 from directory_organisation o where o.uscc = ?""");
                 PreparedStatement role = c.prepareStatement(
                         "insert into identity_account_role (account_id, role) values (?, 'APPLICANT')")) {
                for (int i = 0; i < usernames.size(); i++) {
                    UUID id = UUID.randomUUID();
                    account.setObject(1, id);
                    account.setString(2, usernames.get(i));
                    account.setString(3, hash);
                    account.setString(4, "Applicant " + usernames.get(i));
                    account.setString(5, usccs.get(i));
                    if (account.executeUpdate() != 1) {
                        throw new SQLException("no organisation " + usccs.get(i));
                    }
                    role.setObject(1, id);
                    role.executeUpdate();
                }
            }
            c.commit();
        }
    }

    /** One bench proposal as stored: its tracking number, status, PI and number of SUBMIT rows. */
    record Stored(UUID id, String trackingNumber, String status, UUID pi, int submitRows) {
    }

    /** The proposals of the bench's applicants (user names starting with the prefix) in the call. */
    Map<UUID, Stored> proposals(UUID callId, String usernamePrefix) throws SQLException {
        Map<UUID, Stored> out = new HashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select p.id, p.tracking_number, p.status, p.pi_account_id,
                       (select count(*) from proposal_status_change x where x.proposal_id = p.id and x.action = 'SUBMIT')
                from proposal p join identity_account a on a.id = p.pi_account_id
                where p.call_id = ? and a.username like ?""")) {
            s.setObject(1, callId);
            s.setString(2, usernamePrefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = (UUID) rs.getObject(1);
                    out.put(id, new Stored(id, rs.getString(2), rs.getString(3), (UUID) rs.getObject(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /** Audit rows with action SUBMIT per proposal id, to see that no-op retries left no trace either. */
    Map<String, Integer> auditedSubmits() throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select object_id, count(*) from audit_record where object_type = 'proposal' and action = 'SUBMIT' "
                        + "group by object_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }
}
