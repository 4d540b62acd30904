package org.kstp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a persistent data directory. If the JVM was killed, its
 * PostgreSQL child survives and still holds the directory: we stop that orphan (fast shutdown,
 * which is crash-safe) before starting our own, instead of failing or running two servers.
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    private EmbeddedPostgresLauncher() {
    }

    static EmbeddedPostgres start(Path dataDir, boolean durable) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgData.getParent());
        stopOrphan(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        // The library's defaults are test settings; a product must not lose committed data.
        builder.setServerConfig("fsync", durable ? "on" : "off");
        builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
        builder.setServerConfig("full_page_writes", durable ? "on" : "off");
        return builder.start();
    }

    /** Stops a postmaster left over from a killed JVM, if postmaster.pid names a live postgres process. */
    static void stopOrphan(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException unreadable) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // stale pid file: PostgreSQL itself handles it on start
        }
        log.warn("Stopping embedded PostgreSQL (pid {}) left running by a previous process", pid);
        sendSignal(pid, "INT"); // SIGINT = fast shutdown: aborts sessions, checkpoints, exits cleanly
        try {
            process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            throw new IOException("Could not stop orphaned PostgreSQL pid " + pid, notStopped);
        }
    }

    private static void sendSignal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}
