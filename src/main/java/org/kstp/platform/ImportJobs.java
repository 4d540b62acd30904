package org.kstp.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.platform.imports.ImportJobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Runs imports in the background so that a 50,000-line list neither times out a request nor
 * blocks a thread the user waits on. The upload is checked at once (size, type from content); the
 * dry run and later the commit run on a worker, writing progress in their own small transactions
 * that the page polls. Only the member of staff who uploaded a file sees its job.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** Progress is written every this many rows: often enough for a smooth bar, rarely enough to cost nothing. */
    private static final int PROGRESS_STEP = 500;

    private final Map<String, TabularImport> imports;
    private final ImportJobStore store;
    private final Executor executor;
    private final TransactionTemplate separate;
    private final long maxBytes;

    ImportJobs(List<TabularImport> imports, ImportJobStore store,
               @Qualifier("applicationTaskExecutor") Executor executor, PlatformTransactionManager transactions,
               @Value("${kstp.imports.max-file-size:20MB}") DataSize maxFileSize) {
        this.imports = imports.stream().collect(Collectors.toMap(TabularImport::kind, Function.identity()));
        this.store = store;
        this.executor = executor;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxBytes = maxFileSize.toBytes();
    }

    /** Checks the upload and starts its dry run; returns the job to poll. */
    public UUID start(String kind, String fileName, byte[] content, Actor actor) {
        TabularImport target = target(kind);
        target.requireAllowed(actor);
        TabularFile.Format format = TabularFile.sniff(content, fileName, maxBytes);
        UUID id = UUID.randomUUID();
        store.create(id, kind, fileName == null ? "" : fileName, format, content, actor);
        executor.execute(() -> check(id, target, fileName, actor));
        return id;
    }

    /** Starts recording a checked job; refused unless its dry run refused nothing. */
    public void commit(UUID id, Actor actor) {
        ImportJobView job = job(id, actor);
        TabularImport target = target(job.kind());
        target.requireAllowed(actor);
        if (!job.committable()) {
            throw new RuleViolation("platform.import.notCommittable");
        }
        byte[] content = store.content(id);
        if (content == null) {
            throw new RuleViolation("platform.import.expired");
        }
        if (!store.transition(id, ImportJobAction.START_IMPORT, actor)) {
            throw new RuleViolation("platform.import.notCommittable");
        }
        executor.execute(() -> record(id, target, job.fileName(), content, actor));
    }

    /** The job, for its owner only; anyone else gets "not found". */
    public ImportJobView job(UUID id, Actor actor) {
        return store.find(id).filter(j -> j.ownerId().equals(actor.accountId()))
                .orElseThrow(() -> new NotFound("import", id));
    }

    public List<ImportLine> lines(UUID id, Actor actor, int limit) {
        job(id, actor);
        return store.lines(id, limit);
    }

    /** The largest file accepted, in whole megabytes, for the upload page. */
    public long maxFileMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public String home(String kind) {
        return target(kind).home();
    }

    private void check(UUID id, TabularImport target, String fileName, Actor actor) {
        run(id, actor, () -> {
            List<List<String>> rows = TabularFile.read(store.content(id), fileName, maxBytes).rows();
            separate.executeWithoutResult(s -> store.total(id, Math.max(0, rows.size() - 1)));
            List<ImportLine> lines = target.dryRun(rows, actor, progress(id));
            separate.executeWithoutResult(s -> {
                store.checked(id, lines);
                store.transition(id, ImportJobAction.FINISH_CHECK, actor);
            });
        });
    }

    private void record(UUID id, TabularImport target, String fileName, byte[] content, Actor actor) {
        run(id, actor, () -> {
            List<List<String>> rows = TabularFile.read(content, fileName, maxBytes).rows();
            int count = target.commit(rows, actor, progress(id));
            separate.executeWithoutResult(s -> {
                store.imported(id, count);
                store.transition(id, ImportJobAction.FINISH_IMPORT, actor);
            });
        });
    }

    /** Any refusal or failure ends the job as FAILED with its reason; the import's own transaction rolled back. */
    private void run(UUID id, Actor actor, Runnable work) {
        try {
            work.run();
        } catch (RuleViolation refused) {
            fail(id, actor, refused.messageKey(), refused.arguments());
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            fail(id, actor, "platform.import.failed");
        }
    }

    private void fail(UUID id, Actor actor, String key, Object... args) {
        separate.executeWithoutResult(s -> {
            store.failed(id, key, Arrays.stream(args).map(String::valueOf).toList());
            store.transition(id, ImportJobAction.FAIL, actor);
        });
    }

    /** Writes the count whenever it moved a step on since the last write, so any sequence of counts shows. */
    private IntConsumer progress(UUID id) {
        int[] written = {0};
        return done -> {
            if (Math.abs(done - written[0]) >= PROGRESS_STEP) {
                written[0] = done;
                separate.executeWithoutResult(s -> store.progress(id, done));
            }
        };
    }

    private TabularImport target(String kind) {
        TabularImport target = imports.get(kind);
        if (target == null) {
            throw new NotFound("import kind", kind);
        }
        return target;
    }

    /** A job a stopped server left running recorded nothing (its transaction never committed): it failed. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        for (UUID id : store.interrupted()) {
            separate.executeWithoutResult(s -> {
                store.failed(id, "platform.import.interrupted", List.of());
                store.transition(id, ImportJobAction.FAIL, Actor.system());
            });
        }
    }

    /** Uploaded lists hold citizen ID numbers: a file nobody committed within a day is dropped. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void dropStaleFiles() {
        separate.executeWithoutResult(s -> store.dropStaleContent(Duration.ofDays(1)));
    }
}
