package org.kstp.integrity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.kstp.integrity.MeasureKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and appends register entries. There is no update or delete here, and the database refuses them too. */
@Repository
public class EntryStore {

    private static final String SELECT = """
            select r.*, m.position, m.kind as m_kind, m.scope, m.start_date, m.end_date
            from integrity_record r left join integrity_measure m on m.record_id = r.id
            """;

    /** Rows per round trip when streaming the whole register; needs a transaction (PostgreSQL cursors). */
    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the entry and its measures; returns it with the sequence number the database gave it. */
    public Entry append(Entry e) {
        Party p = e.party();
        long seq = jdbc.sql("""
                insert into integrity_record (id, kind, refers_to, subject_type, person_account_id, person_name,
                    person_id_hash, organisation_uscc, organisation_name, finding, issuer, document_number,
                    decision_date, tier, appeal_outcome, effective_date, note, recorded_at, recorded_by,
                    recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning seq""")
                .params(e.id(), e.kind().name(), e.refersTo(), p == null ? null : p.type().name(),
                        p == null ? null : p.accountId(), p == null ? null : p.personName(),
                        p == null ? null : p.idHash(), p == null ? null : p.uscc(),
                        p == null ? null : p.organisationName(), e.finding(), e.decision().issuer(),
                        e.decision().documentNumber(), e.decision().date(), e.tier() == null ? null : e.tier().name(),
                        e.appealOutcome() == null ? null : e.appealOutcome().name(), e.effectiveDate(), e.note(),
                        Timestamp.from(e.recordedAt()), e.recordedBy(), e.recordedByName())
                .query(Long.class).single();
        for (int i = 0; i < e.measures().size(); i++) {
            Measure m = e.measures().get(i);
            jdbc.sql("insert into integrity_measure (record_id, position, kind, scope, start_date, end_date)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(e.id(), i, m.kind().name(), m.scope(), m.start(), m.end()).update();
        }
        return e.withSeq(seq);
    }

    /** A finding with all its entries; null when there is no finding with this id. */
    public RecordHistory history(UUID findingId) {
        List<Entry> entries = read(SELECT + " where r.id = :id or r.refers_to = :id order by r.seq, m.position",
                Map.of("id", findingId));
        return entries.stream().anyMatch(x -> x.kind() == EntryKind.FINDING && x.id().equals(findingId))
                ? RecordHistory.of(entries) : null;
    }

    /** The id of the finding an entry belongs to; null when no entry has this id. */
    public UUID findingOf(UUID entryId) {
        return jdbc.sql("select coalesce(refers_to, id) from integrity_record where id = ?").param(entryId)
                .query(UUID.class).optional().orElse(null);
    }

    /** Whether a finding with this decision number already names this subject (an import duplicate). */
    public boolean findingExists(String documentNumber, String identityKey) {
        return jdbc.sql("""
                select count(*) from integrity_record where kind in ('FINDING', 'CORRECTION') and document_number = :doc
                  and ('u:' || organisation_uscc = :key or 'h:' || person_id_hash = :key
                       or 'a:' || cast(person_account_id as text) = :key)""")
                .param("doc", documentNumber).param("key", identityKey).query(Integer.class).single() > 0;
    }

    /** Every record, one history at a time, in finding order; for rebuilding the index. Call in a transaction. */
    public void forEachHistory(Consumer<RecordHistory> sink) {
        List<Entry> group = new ArrayList<>();
        UUID[] current = {null};
        jdbc.sql(SELECT + " order by coalesce(r.refers_to, r.id), r.seq, m.position").withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    UUID root = rs.getObject("refers_to", UUID.class);
                    root = root == null ? rs.getObject("id", UUID.class) : root;
                    if (!root.equals(current[0]) && !group.isEmpty()) {
                        sink.accept(RecordHistory.of(merge(group)));
                        group.clear();
                    }
                    current[0] = root;
                    group.add(row(rs));
                });
        if (!group.isEmpty()) {
            sink.accept(RecordHistory.of(merge(group)));
        }
    }

    /** The histories of these findings, in the order of the ids given. */
    public List<RecordHistory> histories(List<UUID> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = read(SELECT + " where r.id in (:ids) or r.refers_to in (:ids) order by r.seq, m.position",
                Map.of("ids", findingIds));
        Map<UUID, List<Entry>> byRoot = new LinkedHashMap<>();
        findingIds.forEach(id -> byRoot.put(id, new ArrayList<>()));
        entries.forEach(e -> byRoot.get(e.rootId()).add(e));
        return byRoot.values().stream().filter(l -> !l.isEmpty()).map(RecordHistory::of).toList();
    }

    private List<Entry> read(String sql, Map<String, ?> params) {
        List<Entry> rows = new ArrayList<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            rows.add(row(rs));
        });
        return merge(rows);
    }

    /** The join yields one row per measure; folds them back into one entry each, keeping the order. */
    private static List<Entry> merge(List<Entry> rows) {
        Map<UUID, Entry> byId = new LinkedHashMap<>();
        for (Entry row : rows) {
            byId.merge(row.id(), row, (a, b) -> {
                List<Measure> all = new ArrayList<>(a.measures());
                all.addAll(b.measures());
                return new Entry(a.id(), a.seq(), a.kind(), a.refersTo(), a.party(), a.finding(), a.decision(),
                        a.tier(), a.appealOutcome(), a.effectiveDate(), a.note(), all, a.recordedAt(), a.recordedBy(),
                        a.recordedByName());
            });
        }
        return new ArrayList<>(byId.values());
    }

    private static Entry row(ResultSet rs) throws SQLException {
        String subjectType = rs.getString("subject_type");
        Party party = subjectType == null ? null : new Party(SubjectType.valueOf(subjectType),
                rs.getObject("person_account_id", UUID.class), rs.getString("person_name"),
                rs.getString("person_id_hash"), rs.getString("organisation_uscc"), rs.getString("organisation_name"));
        String measureKind = rs.getString("m_kind");
        List<Measure> measures = measureKind == null ? List.of() : List.of(new Measure(MeasureKind.valueOf(measureKind),
                rs.getString("scope"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class)));
        String tier = rs.getString("tier");
        String outcome = rs.getString("appeal_outcome");
        return new Entry(rs.getObject("id", UUID.class), rs.getLong("seq"), EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("refers_to", UUID.class), party, rs.getString("finding"),
                new Decision(rs.getString("issuer"), rs.getString("document_number"),
                        rs.getObject("decision_date", LocalDate.class)),
                tier == null ? null : Tier.valueOf(tier), outcome == null ? null : AppealOutcome.valueOf(outcome),
                rs.getObject("effective_date", LocalDate.class), rs.getString("note"), measures,
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class),
                rs.getString("recorded_by_name"));
    }
}
