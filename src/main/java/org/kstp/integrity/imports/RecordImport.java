package org.kstp.integrity.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.domain.Entry;
import org.kstp.integrity.domain.EntryRules;
import org.kstp.integrity.domain.EntryStore;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SanctionRules;
import org.kstp.platform.ImportLine;
import org.kstp.platform.TabularColumns;
import org.kstp.platform.TabularFile;
import org.kstp.platform.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of findings from the lists the bureau receives (CSV or Excel, run in the background by
 * the platform's import jobs). The dry run says, line by line, what would be created and matched to
 * whom, or why a line is refused; the real import re-runs the same checks and then appends every line
 * in one transaction, or nothing if any line is refused.
 */
@Service
public class RecordImport implements TabularImport {

    /** The columns a file may have, in the order the page documents them. */
    public static final List<String> COLUMNS = ImportColumns.NAMES;

    private final SubjectMatcher matcher;
    private final EntryRules rules;
    private final EntryStore store;
    private final Register register;
    private final MessageSource messages;
    private final Clock clock;

    RecordImport(SubjectMatcher matcher, SanctionRules sanctionRules, EntryStore store, Register register,
                 MessageSource messages, Clock clock) {
        this.matcher = matcher;
        this.rules = new EntryRules(sanctionRules);
        this.store = store;
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "integrity";
    }

    @Override
    public void requireAllowed(Actor actor) {
        Register.requireStaff(actor);
    }

    @Override
    public String home() {
        return "/integrity/import";
    }

    /** What importing the CSV file would do, without writing anything. */
    @Transactional(readOnly = true)
    public List<ImportRow> dryRun(byte[] csv, Actor actor) {
        return check(TabularFile.read(csv, "list.csv", Long.MAX_VALUE).rows(), actor, done -> { });
    }

    /** Imports every line of the CSV file, all or nothing; refused if the dry run refuses any line. */
    @Transactional
    public int commit(byte[] csv, Actor actor) {
        return commit(TabularFile.read(csv, "list.csv", Long.MAX_VALUE).rows(), actor, done -> { });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImportLine> dryRun(List<List<String>> rows, Actor actor, IntConsumer progress) {
        return check(rows, actor, progress).stream().map(r -> r.refused()
                ? ImportLine.of(r.line(), r.subject(), true, r.refusalKey(), r.refusalArgs())
                : ImportLine.of(r.line(), r.subject(), false, r.matchKey(), r.matchArgs())).toList();
    }

    @Override
    @Transactional
    public int commit(List<List<String>> rows, Actor actor, IntConsumer progress) {
        // The re-check fills the first half of the bar, the writing the second.
        List<ImportRow> checked = check(rows, actor, done -> progress.accept(done / 2));
        long refused = checked.stream().filter(ImportRow::refused).count();
        if (refused > 0) {
            throw new RuleViolation("integrity.import.hasRefusals", refused);
        }
        int half = checked.size() / 2;
        String lines = checked.isEmpty() ? "" : "lines 2-" + checked.getLast().line();
        return register.appendFindings(checked.stream().map(ImportRow::entry).toList(), actor, lines,
                done -> progress.accept(half + done / 2));
    }

    private List<ImportRow> check(List<List<String>> records, Actor actor, IntConsumer progress) {
        Register.requireStaff(actor);
        if (records.isEmpty()) {
            throw new RuleViolation("integrity.import.empty");
        }
        TabularColumns columns = new TabularColumns(records.getFirst(), ImportColumns.REQUIRED);
        Map<String, Integer> seen = new HashMap<>();
        Instant now = clock.instant();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            RowReader reader = new RowReader(columns, records.get(i), this::chineseLabel);
            rows.add(row(i + 1, reader, seen, actor, now));
            progress.accept(i);
        }
        return rows;
    }

    private ImportRow row(int line, RowReader reader, Map<String, Integer> seen, Actor actor, Instant now) {
        String subject = reader.text("name");
        try {
            SubjectMatcher.Match match = matcher.match(reader);
            Entry entry = rules.finding(new RecordContent(match.party(),
                    reader.required("finding"), reader.decision(), reader.tier(), reader.measures(),
                    reader.text("note")), actor, now);
            String key = entry.decision().documentNumber() + "|" + match.party().identityKey();
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                return ImportRow.refused(line, subject, "integrity.import.duplicateInFile", first);
            }
            if (store.findingExists(entry.decision().documentNumber(), match.party().identityKey())) {
                return ImportRow.refused(line, subject, "integrity.import.duplicate", entry.decision().documentNumber());
            }
            return new ImportRow(line, subject, match.key(), match.args(), null, new Object[0], entry);
        } catch (RuleViolation refused) {
            return ImportRow.refused(line, subject, refused.messageKey(), refused.arguments());
        }
    }

    private String chineseLabel(Enum<?> constant) {
        String key = "integrity." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
