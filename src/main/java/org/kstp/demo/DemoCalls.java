package org.kstp.demo;

import org.kstp.common.BusinessTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.kstp.platform.ReplayClock;
import org.kstp.program.CallDraft;
import org.kstp.program.ProgramApi;
import org.kstp.program.ProgramCommands;
import org.kstp.program.RuleDefaults;
import org.springframework.stereotype.Component;

/** The living demo's programmes and calls, each call drafted and published a week before it opened. */
@Component
class DemoCalls {

    private static final BigDecimal BUDGET_CAP = new BigDecimal("500000.00");
    /** Recommendations each county may make in a demo call: enough for every demo proposal of the county. */
    private static final int COUNTY_QUOTA = 60;

    private final ProgramCommands programs;
    private final ProgramApi queries;
    private final RuleDefaults rules;
    private final DirectoryApi directory;

    DemoCalls(ProgramCommands programs, ProgramApi queries, RuleDefaults rules, DirectoryApi directory) {
        this.programs = programs;
        this.queries = queries;
        this.rules = rules;
        this.directory = directory;
    }

    Map<LivingCall, UUID> create(LivingData data, Actor bureau, LocalDate today) {
        Map<String, UUID> programmes = new HashMap<>();
        Map<LivingCall, UUID> calls = new EnumMap<>(LivingCall.class);
        for (LivingCall call : LivingCall.values()) {
            Map<String, String> p = data.programmes().get(call.programme());
            ReplayClock.at(call.opensAt(today).minus(Duration.ofDays(7)), () -> {
                UUID programme = programmes.computeIfAbsent(call.programme(), k -> programs.createProgram(
                        p.get("name"), p.get("planTask"), p.get("description"), bureau));
                int year = call.opensAt(today).atZone(BusinessTime.ZONE).getYear();
                UUID id = programs.draftCall(programme, new CallDraft(
                        p.get("callTitle").replace("{year}", String.valueOf(year)), p.get("description"),
                        call.opensAt(today), call.closesAt(today), BUDGET_CAP, true, call.recommendation(),
                        rules.indirectTiers(), rules.equipmentJustificationThreshold(), rules.concurrency(),
                        call.recommendation() ? quotas() : Map.of()), bureau);
                programs.publishCall(id, bureau);
                calls.put(call, id);
            });
        }
        return calls;
    }

    /** The item a formal-check rejection names: the first of the call's list. */
    String firstCheckItem(UUID callId) {
        return queries.call(callId).orElseThrow().formalCheckItems().getFirst();
    }

    private Map<String, Integer> quotas() {
        Map<String, Integer> quotas = new HashMap<>();
        directory.counties().stream().map(CountySummary::code).forEach(c -> quotas.put(c, COUNTY_QUOTA));
        return quotas;
    }
}
