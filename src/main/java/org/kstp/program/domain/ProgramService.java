package org.kstp.program.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.plan.PlanApi;
import org.kstp.program.CallDraft;
import org.kstp.program.CallItemDraft;
import org.kstp.program.CallWindowChanged;
import org.kstp.program.ConflictRules;
import org.kstp.program.RuleDefaults;
import org.kstp.program.ProgramCommands;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on programmes and calls; each one audited in its own transaction. */
@Service
public class ProgramService implements ProgramCommands {

    private final ProgramRepository programs;
    private final CallRepository calls;
    private final PlanApi plan;
    private final AuditApi audit;
    private final Clock clock;
    private final ConflictRules conflictDefaults;
    private final ApplicationEventPublisher events;
    private final RuleDefaults ruleDefaults;

    ProgramService(ProgramRepository programs, CallRepository calls, PlanApi plan, AuditApi audit, Clock clock,
                   ConflictRules conflictDefaults, ApplicationEventPublisher events, RuleDefaults ruleDefaults) {
        this.conflictDefaults = conflictDefaults;
        this.ruleDefaults = ruleDefaults;
        this.events = events;
        this.programs = programs;
        this.calls = calls;
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID createProgram(String name, String planTaskCode, String description, Actor actor) {
        if (plan.task(planTaskCode).isEmpty()) {
            throw new RuleViolation("program.program.unknownTask", planTaskCode);
        }
        Program program = programs.save(Program.create(name, planTaskCode, description, clock.instant()));
        audit.record(actor, "program", program.id(), "CREATE", program.name());
        return program.id();
    }

    /** The bureau marks a programme as one of the kinds the PI limit does not count; audited with both values. */
    @Transactional
    public void changePiLimitCounting(UUID programId, boolean outside, Actor actor) {
        Program program = program(programId);
        boolean before = program.outsidePiLimit();
        program.changePiLimitCounting(outside);
        programs.save(program);
        audit.record(actor, "program", programId, "CHANGE_PI_LIMIT_COUNTING", before + " -> " + outside);
    }

    /** Drafts a call in a programme; the stages it uses are fixed here, per call, not in code. */
    @Override
    @Transactional
    public UUID draftCall(UUID programId, CallDraft draft, Actor actor) {
        program(programId);
        Call drafted = Call.draft(programId, draft, conflictDefaults, clock.instant());
        drafted.changeHostLegalRepresentativeCheck(ruleDefaults.checkHostLegalRepresentative());
        Call call = calls.save(drafted);
        audit.record(actor, "call", call.id(), "DRAFT", call.title());
        return call.id();
    }

    @Transactional
    public void act(UUID callId, CallAction action, Actor actor) {
        Call call = call(callId);
        switch (action) {
            case PUBLISH -> call.publish(actor, clock.instant());
            case CLOSE -> call.close(actor, clock.instant());
        }
        calls.save(call);
        audit.record(actor, "call", callId, action.name(), null);
    }

    /** Staff set the call's conflict-of-interest rules; audited with the old and new values. */
    @Transactional
    public void changeConflictRules(UUID callId, ConflictRules rules, Actor actor) {
        Call call = call(callId);
        ConflictRules before = call.conflictRules();
        call.changeConflictRules(rules);
        calls.save(call);
        audit.record(actor, "call", callId, "CHANGE_CONFLICT_RULES", before + " -> " + rules);
    }

    /** Staff switch the check of the host's legal representative on or off; audited with the old and new value. */
    @Transactional
    public void changeHostLegalRepresentativeCheck(UUID callId, boolean on, Actor actor) {
        Call call = call(callId);
        boolean before = call.checkHostLegalRepresentative();
        call.changeHostLegalRepresentativeCheck(on);
        calls.save(call);
        audit.record(actor, "call", callId, "CHANGE_LEGAL_REP_CHECK", before + " -> " + on);
    }

    /** Extends the deadline and/or sets the grace period of a call; audited with the reason. */
    @Transactional
    public void changeWindow(UUID callId, Instant newClosesAt, int graceMinutes, String reason, Actor actor) {
        Call call = call(callId);
        Instant oldClosesAt = call.closesAt();
        call.changeWindow(newClosesAt, graceMinutes, reason, actor, clock.instant());
        calls.save(call);
        audit.record(actor, "call", callId, "CHANGE_WINDOW",
                oldClosesAt + " -> " + newClosesAt + ", grace " + graceMinutes + " min: " + reason.strip());
        events.publishEvent(new CallWindowChanged(callId, call.title(), oldClosesAt, newClosesAt, graceMinutes,
                reason.strip()));
    }

    @Override
    @Transactional
    public UUID addCallItem(UUID callId, CallItemDraft item, Actor actor) {
        Call call = call(callId);
        UUID itemId = call.addItem(item);
        calls.save(call);
        audit.record(actor, "call", callId, "ADD_ITEM", itemId + " " + item.title().trim());
        return itemId;
    }

    @Transactional
    public void reviseCallItem(UUID callId, UUID itemId, CallItemDraft item, Actor actor) {
        Call call = call(callId);
        call.reviseItem(itemId, item);
        calls.save(call);
        audit.record(actor, "call", callId, "REVISE_ITEM", itemId + " " + item.title().trim());
    }

    @Transactional
    public void removeCallItem(UUID callId, UUID itemId, Actor actor) {
        Call call = call(callId);
        call.removeItem(itemId);
        calls.save(call);
        audit.record(actor, "call", callId, "REMOVE_ITEM", itemId.toString());
    }

    @Override
    @Transactional
    public void publishCall(UUID callId, Actor actor) {
        act(callId, CallAction.PUBLISH, actor);
    }

    public Program program(UUID id) {
        return programs.findById(id).orElseThrow(() -> new NotFound("program", id));
    }

    public Call call(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFound("call", id));
    }
}
