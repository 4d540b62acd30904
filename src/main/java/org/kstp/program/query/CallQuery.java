package org.kstp.program.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kstp.program.BudgetRules;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.ConflictRules;
import org.kstp.program.ProgramApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of calls with their programme, rules and quotas, for applicants, the portal and other modules. */
@Component
class CallQuery implements ProgramApi {

    private static final String SELECT = """
            select c.*, p.name as program_name, p.plan_task_code,
                   (c.status = 'PUBLISHED' and c.opens_at <= :now and c.closes_at + make_interval(mins => c.grace_minutes) > :now) as accepting_proposals
            from program_call c join program_program p on p.id = c.program_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CallQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CallView> call(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("now", now()).param("id", id)
                .query(this::map).optional().map(this::withDetails);
    }

    @Override
    public Optional<CallView> publishedCall(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.status = 'PUBLISHED'").param("now", now()).param("id", id)
                .query(this::map).optional().map(this::withDetails);
    }

    @Override
    public List<CallView> openCalls() {
        // Calls in their grace period are still open: a draft's owner may still submit.
        return jdbc.sql(SELECT + " where c.status = 'PUBLISHED' and c.opens_at <= :now"
                        + " and c.closes_at + make_interval(mins => c.grace_minutes) > :now order by c.closes_at")
                .param("now", now()).query(this::map).list().stream().map(this::withDetails).toList();
    }

    @Override
    public Optional<ConflictRules> conflictRules(UUID callId) {
        return jdbc.sql("""
                select conflict_same_organisation_years, conflict_relation_years, conflict_collaboration_years,
                       conflict_same_county from program_call where id = ?""").param(callId)
                .query((rs, n) -> new ConflictRules(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
                .optional();
    }

    @Override
    public Set<UUID> callsOutsidePiLimit() {
        return Set.copyOf(jdbc.sql("""
                select c.id from program_call c join program_program p on p.id = c.program_id
                where p.outside_pi_limit""").query(UUID.class).list());
    }

    /** Every call of a programme, newest first, for the bureau's programme page. */
    List<CallView> callsOfProgram(UUID programId) {
        return jdbc.sql(SELECT + " where c.program_id = :program order by c.opens_at desc")
                .param("now", now()).param("program", programId).query(this::map).list().stream()
                .map(this::withDetails).toList();
    }

    /**
     * The call's own row only. Quotas and items are read afterwards ({@link #withDetails}), never from
     * inside the row mapper: outside a transaction a query there takes a second pooled connection while
     * the first is still held by the open result set, and under a deadline surge every connection
     * ended up waiting for another (./bench surge, 500 users: the pool deadlocked).
     */
    private CallView map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new CallView(id, rs.getObject("program_id", UUID.class), rs.getString("program_name"),
                rs.getString("plan_task_code"), rs.getString("title"), rs.getString("guideline"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                rs.getBigDecimal("budget_cap"), rs.getBoolean("endorsement_required"),
                rs.getBoolean("recommendation_required"), rs.getBoolean("accepting_proposals"),
                BudgetRules.parse(rs.getString("indirect_tiers"), rs.getBigDecimal("equipment_justification_threshold")),
                new ConcurrencyRules(rs.getInt("pi_concurrency_limit"), rs.getInt("member_project_limit"),
                        rs.getInt("institution_overdue_limit"), rs.getBoolean("concurrency_exempt"),
                        rs.getBoolean("pi_limit_counts_memberships")),
                Map.of(), List.of(rs.getString("formal_check_items").split(",")), rs.getInt("grace_minutes"),
                List.of(), RequiredSection.parse(rs.getString("required_sections")),
                rs.getBoolean("check_host_legal_representative"));
    }

    private CallView withDetails(CallView c) {
        return new CallView(c.id(), c.programId(), c.programName(), c.planTaskCode(), c.title(), c.guideline(),
                c.opensAt(), c.closesAt(), c.budgetCap(), c.endorsementRequired(), c.recommendationRequired(),
                c.acceptingProposals(), c.budgetRules(), c.concurrencyRules(), quotas(c.id()), c.formalCheckItems(),
                c.graceMinutes(), items(c.id()), c.requiredSections(), c.checkHostLegalRepresentative());
    }

    private List<CallItemView> items(UUID callId) {
        return jdbc.sql("""
                select item_id, position, title, research_goals, indicators, budget_cap, max_funded
                from program_call_item where call_id = ? order by position""").param(callId)
                .query((rs, n) -> new CallItemView(rs.getObject(1, UUID.class), rs.getInt(2) + 1, rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6), (Integer) rs.getObject(7)))
                .list();
    }

    private Map<String, Integer> quotas(UUID callId) {
        Map<String, Integer> quotas = new HashMap<>();
        jdbc.sql("select county_code, quota from program_call_quota where call_id = ?").param(callId)
                .query(rs -> {
                    quotas.put(rs.getString(1), rs.getInt(2));
                });
        return quotas;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
