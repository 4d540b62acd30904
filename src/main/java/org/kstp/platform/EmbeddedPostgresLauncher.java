package org.kstp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a persistent data directory. If the JVM was killed, its
 * PostgreSQL child survives and still holds the directory: we stop that orphan (fast shutdown,
 * which is crash-safe) before starting our own, instead of failing or running two servers. A server
 * whose owning JVM is still alive is not an orphan: then we refuse to start rather than pull the
 * database from under a running instance.
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    /** The library's own lock file in the data directory, held by the JVM that owns the server. */
    private static final String OWNER_LOCK = "epg-lock";

    private EmbeddedPostgresLauncher() {
    }

    static EmbeddedPostgres start(Path dataDir, boolean durable) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgData.getParent());
        ensureNoLiveOwner(pgData);
        stopOrphan(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // The library's JVM shutdown hook runs in parallel with Spring's and stopped the
                // server while beans (Modulith's event registry, in-flight requests) still used it.
                // The owner closes it instead: Spring after the pool, tests in their own cleanup.
                .setRegisterShutdownHook(false)
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

    /**
     * Fails if a live process (this JVM included) owns the server on this directory. The OS drops
     * the lock when its JVM dies, even by {@code kill -9}, so a held lock means "not an orphan".
     */
    static void ensureNoLiveOwner(Path pgData) throws IOException {
        Path lockFile = pgData.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException(inUse(pgData));
            }
            lock.release();
        } catch (OverlappingFileLockException heldByThisJvm) {
            throw new IOException(inUse(pgData), heldByThisJvm);
        }
    }

    private static String inUse(Path pgData) {
        return "The database in " + pgData + " is in use by another running KSTP process; stop it first";
    }

    /** Stops a postmaster left over from a killed JVM, if postmaster.pid names a live postgres on this directory. */
    static void stopOrphan(Path pgData) throws IOException {
        Optional<ProcessHandle> process = postmasterPid(pgData).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> servesDirectory(p, pgData));
        if (process.isEmpty()) {
            return; // no or stale pid file: PostgreSQL itself handles it on start
        }
        long pid = process.get().pid();
        log.warn("Stopping embedded PostgreSQL (pid {}) left running by a previous process", pid);
        sendSignal(pid, "INT"); // SIGINT = fast shutdown: aborts sessions, checkpoints, exits cleanly
        try {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            throw new IOException("Could not stop orphaned PostgreSQL pid " + pid, notStopped);
        }
    }

    private static Optional<Long> postmasterPid(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * True if the process is a postgres started with {@code -D pgData}. A stale pid file may name a
     * pid since reused by another program, or by a PostgreSQL that is not ours: never signal those.
     */
    private static boolean servesDirectory(ProcessHandle process, Path pgData) {
        boolean postgres = process.info().command().map(c -> c.contains("postgres")).orElse(false);
        String[] args = process.info().arguments().orElse(new String[0]);
        for (int i = 0; postgres && i + 1 < args.length; i++) {
            if (args[i].equals("-D") && sameFile(Path.of(args[i + 1]), pgData)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException unreadable) {
            return false;
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
