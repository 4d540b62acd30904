package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps data across restarts and recovers the data directory from a JVM that
 * was killed while its PostgreSQL child kept running. Real PostgreSQL, fsync off for speed.
 */
class EmbeddedPostgresLauncherTest {

    private static final String ROW = "written before the restart";

    @TempDir
    Path dataDir;

    private final List<EmbeddedPostgres> servers = new ArrayList<>();
    private Process killedJvm;

    @AfterEach
    void closeEverything() throws Exception {
        for (EmbeddedPostgres server : servers) {
            server.close();
        }
        if (killedJvm != null) {
            killedJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // If a test failed before restarting, the killed JVM's PostgreSQL is still running.
        EmbeddedPostgresLauncher.stopOrphan(dataDir.resolve("pg").toAbsolutePath());
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedPostgres first = start();
        writeRow(first);
        first.close();

        assertThat(readRows(start())).containsExactly(ROW);
    }

    @Test
    void aRestartAfterTheJvmWasKilledStopsTheOrphanedServerAndKeepsTheData() throws Exception {
        // A real kill -9 of a real JVM: in this JVM the library's file lock would still be held.
        killedJvm = startServerInAnotherJvm();
        killedJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphanPid = postmasterPid();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        EmbeddedPostgres restarted = start();

        assertThat(readRows(restarted)).containsExactly(ROW);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphaned postmaster").isNotEqualTo(
                Optional.of(true));
        assertThat(postmasterPid()).isNotEqualTo(orphanPid);
    }

    @Test
    void aSecondStartOnADirectoryOwnedByALiveProcessIsRefusedAndLeavesTheServerRunning() throws Exception {
        EmbeddedPostgres owner = start();
        writeRow(owner);

        assertThatThrownBy(() -> EmbeddedPostgresLauncher.start(dataDir, false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("in use by another running KSTP process");
        assertThat(readRows(owner)).containsExactly(ROW);
    }

    private EmbeddedPostgres start() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgresLauncher.start(dataDir, false);
        servers.add(server);
        return server;
    }

    private long postmasterPid() throws IOException {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        assertThat(pidFile).exists();
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    private Process startServerInAnotherJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerThatGetsKilled.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> output.lines().anyMatch("READY"::equals));
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("other JVM started its server and wrote the row").isTrue();
        return process;
    }

    static void writeRow(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table note (text varchar(100) not null)");
            statement.execute("insert into note values ('" + ROW + "')");
        }
    }

    private static List<String> readRows(EmbeddedPostgres server) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select text from note")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /** Runs in a child JVM: starts the server, writes the row, says READY and waits to be killed. */
    static final class ServerThatGetsKilled {

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres server = EmbeddedPostgresLauncher.start(Path.of(args[0]), false);
            writeRow(server);
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
