package org.kstp.proposal.domain;

import org.kstp.proposal.query.ProposalSummaries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalApproved;
import org.kstp.proposal.ProposalSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on proposals. Each checks scope and permission, applies the lifecycle, saves and audits. */
@Service
public class ProposalService implements ProposalApi {

    private final ProposalRepository proposals;
    private final ConcurrencyLimits limits;
    private final CountyQuotas quotas;
    private final ProgramApi programs;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IntegrityPolicy integrity;
    private final SubmitAttempts attempts;
    private final org.kstp.proposal.query.CoworkerQuery coworkers;
    private final ProposalDetails details;

    private final ProposalSummaries summaries;
    private final DirectoryApi directory;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProposalService(ProposalRepository proposals, ConcurrencyLimits limits, CountyQuotas quotas, ProgramApi programs,
                    AuditApi audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock,
                    IntegrityPolicy integrity, SubmitAttempts attempts, org.kstp.proposal.query.CoworkerQuery coworkers,
                    ProposalDetails details, ProposalSummaries summaries, DirectoryApi directory) {
        this.directory = directory;
        this.details = details;
        this.summaries = summaries;
        this.proposals = proposals;
        this.limits = limits;
        this.quotas = quotas;
        this.programs = programs;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.integrity = integrity;
        this.attempts = attempts;
        this.coworkers = coworkers;
    }

    /**
     * Refuses, before anything is read or written, whoever may not start a proposal in this call: the
     * form's team rows file person records, so this check must come first.
     */
    public void requireMayDraft(CallView call, Actor actor) {
        if (!actor.has(org.kstp.common.Role.APPLICANT)) {
            throw new RuleViolation("proposal.draft.applicantsOnly");
        }
        if (!call.acceptingProposals()) {
            throw new RuleViolation("proposal.check.callClosed");
        }
    }

    /** Refuses, before anything is written, whoever may not save over this proposal now. */
    public Proposal editable(UUID id, Actor actor) {
        Proposal proposal = visible(id, actor);
        if (!ProposalPermissions.canEdit(actor, proposal)) {
            throw new RuleViolation("proposal.edit.notEditable");
        }
        return proposal;
    }

    /** A new draft, placed in its host institution's county (derived here, never taken from the form). */
    @Transactional
    public UUID draft(UUID callId, ProposalContent content, Actor actor) {
        CallView call = call(callId);
        requireMayDraft(call, actor);
        String county = actor.organisationId() == null ? null
                : directory.organisation(actor.organisationId()).map(OrganisationSummary::countyCode).orElse(null);
        Proposal proposal = proposals.save(Proposal.draft(callId, actor, county, content, clock.instant()));
        audit.record(actor, "proposal", proposal.id(), "DRAFT", proposal.title());
        return proposal.id();
    }

    /**
     * Saves the form over the draft, unless someone saved since this form was loaded: then nothing
     * is overwritten and the caller keeps the user's input to show again.
     */
    @Transactional
    public void edit(UUID id, ProposalContent content, Long loadedVersion, Actor actor) {
        Proposal proposal = editable(id, actor);
        if (loadedVersion != null && !loadedVersion.equals(proposal.version())) {
            throw new RuleViolation("proposal.edit.stale");
        }
        proposal.edit(content, clock.instant());
        proposals.save(proposal);
        audit.record(actor, "proposal", id, "EDIT", null);
    }

    /** A user action from the proposal page; review-driven actions go through {@link ProposalApi}. */
    @Transactional(noRollbackFor = SubmitBlocked.class) // keeps the logged attempt; nothing else was written
    public void act(UUID id, ProposalAction action, String comment, Actor actor) {
        Proposal proposal = visible(id, actor);
        CallView call = call(proposal.callId());
        RoutingStages stages = stages(call);
        if (action == ProposalAction.SUBMIT && alreadySubmittedBy(proposal, actor)) {
            attempts.repeated(id, actor);
            return; // a double click or a retry: the first submission stands, nothing more happens
        }
        if (ProposalAction.REVIEW_DRIVEN.contains(action) || !ProposalPermissions.mayTake(actor, proposal, action)) {
            throw new RuleViolation("proposal.action.notYours", "proposal.ProposalAction." + action.name());
        }
        if (action == ProposalAction.SUBMIT) {
            List<ProposalChecklist.Finding> findings = blockers(proposal, call);
            if (!findings.isEmpty()) {
                attempts.blocked(id, actor, findings.stream().map(ProposalChecklist.Finding::messageKey).toList());
                throw new SubmitBlocked(findings.size());
            }
        }
        if (action == ProposalAction.RECOMMEND) {
            quotas.requirePlace(call, proposal.countyCode(), id);
        }
        if (action == ProposalAction.ACCEPT && proposal.countyCode() == null) {
            throw new RuleViolation("proposal.county.decideFirst"); // a host outside the prefecture: bureau decides
        }
        if (action == ProposalAction.ACCEPT || action == ProposalAction.PASS_FORMAL_CHECK) {
            integrity.requireClear(proposal, call); // records may have arrived since submission
        }
        proposal.apply(action, stages, actor, comment, clock.instant());
        if (action == ProposalAction.SUBMIT) {
            proposal.assignTrackingNumber(nextTrackingNumber());
            attempts.submitted(id, actor);
        }
        proposals.save(proposal);
        audit.record(actor, "proposal", id, action.name(), comment);
        events.publishEvent(ProposalEvents.transitioned(proposal));
    }

    /** True when this PI's submission already went through and nothing has reopened the proposal. */
    public static boolean alreadySubmittedBy(Proposal proposal, Actor actor) {
        return proposal.status() == ProposalStatus.SUBMITTED && proposal.piAccountId().equals(actor.accountId());
    }

    /** Everything that blocks submission now: the checklist and the concurrency limits. */
    public List<ProposalChecklist.Finding> blockers(Proposal proposal, CallView call) {
        return blockers(proposal, call, null);
    }

    /** The same, with integrity blocks worded for the viewer (see {@link IntegrityPolicy}). */
    public List<ProposalChecklist.Finding> blockers(Proposal proposal, CallView call, Actor viewer) {
        List<ProposalChecklist.Finding> findings = checklist(proposal, call, viewer);
        findings.addAll(limits.errors(proposal, call));
        return findings;
    }

    /** What does not block but should be known before submitting. */
    public List<ProposalChecklist.Finding> warnings(Proposal proposal, CallView call) {
        return limits.warnings(proposal, call);
    }

    /** The checklist shown on the page and applied on submission: completeness, call rules and integrity. */
    public List<ProposalChecklist.Finding> checklist(Proposal proposal, CallView call) {
        return checklist(proposal, call, null);
    }

    /** The same, with integrity blocks worded for the viewer (null: staff or the system). */
    public List<ProposalChecklist.Finding> checklist(Proposal proposal, CallView call, Actor viewer) {
        List<ProposalChecklist.Finding> findings = new ArrayList<>(ProposalChecklist.check(proposal, call));
        findings.addAll(integrity.findings(proposal, call, viewer));
        return findings;
    }

    public Proposal visible(UUID id, Actor actor) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFound("proposal", id));
        if (!ProposalPermissions.canView(actor, proposal)) {
            throw new NotFound("proposal", id);
        }
        return proposal;
    }

    /** A call as applicants may see it: a draft (or closed) call is "not found", whoever asks. */
    public CallView publishedCall(UUID callId) {
        return programs.publishedCall(callId).orElseThrow(() -> new NotFound("call", callId));
    }

    public CallView call(UUID callId) {
        return programs.call(callId).orElseThrow(() -> new NotFound("call", callId));
    }

    public static RoutingStages stages(CallView call) {
        return new RoutingStages(call.endorsementRequired(), call.recommendationRequired());
    }

    @Override
    public ProposalSummary summary(UUID id) {
        return toSummary(proposals.findById(id).orElseThrow(() -> new NotFound("proposal", id)));
    }

    @Override
    public org.kstp.proposal.ProposalDetailView detail(UUID id) {
        Proposal p = byId(id);
        return details.of(p, call(p.callId()));
    }

    @Override
    public org.kstp.proposal.ProposalParticipants participants(UUID id) {
        Proposal p = byId(id);
        return new org.kstp.proposal.ProposalParticipants(p.id(), p.piAccountId(), p.piName(), p.team().stream()
                .map(t -> new org.kstp.proposal.ProposalParticipants.Member(t.accountId(), t.name())).toList(),
                p.hostOrganisationId(), p.countyCode(), coworkers.coworkersOf(p.piAccountId(), p.id()),
                excludedExperts(p.id()));
    }

    /** The applicant's exclusions that matched an expert account (read here to keep the API in one place). */
    private java.util.Map<UUID, String> excludedExperts(UUID proposalId) {
        java.util.Map<UUID, String> excluded = new java.util.LinkedHashMap<>();
        jdbc.sql("select expert_account_id, reason from proposal_expert_exclusion where proposal_id = ?"
                        + " and expert_account_id is not null order by position")
                .param(proposalId).query(rs -> {
                    excluded.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return excluded;
    }

    @Override
    public List<ProposalSummary> inReview() {
        return summaries.withStatus(names(ProposalStatus.FORMALLY_CHECKED, ProposalStatus.UNDER_REVIEW,
                ProposalStatus.REVIEWED));
    }

    @Override
    public List<ProposalSummary> rankableOfCall(UUID callId) {
        return summaries.ofCallWithStatus(callId, names(ProposalStatus.FORMALLY_CHECKED,
                ProposalStatus.UNDER_REVIEW, ProposalStatus.REVIEWED, ProposalStatus.APPROVED, ProposalStatus.DECLINED));
    }

    private static List<String> names(ProposalStatus... statuses) {
        return java.util.Arrays.stream(statuses).map(ProposalStatus::name).toList();
    }

    @Override
    @Transactional
    public void startReview(UUID id, Actor actor) {
        Proposal proposal = byId(id);
        if (proposal.status() != ProposalStatus.UNDER_REVIEW) {
            reviewStep(proposal, ProposalAction.START_REVIEW, null, actor);
        }
    }

    @Override
    @Transactional
    public void completeReview(UUID id, Actor actor) {
        reviewStep(byId(id), ProposalAction.COMPLETE_REVIEW, null, actor);
    }

    @Override
    @Transactional
    public void approve(UUID id, BigDecimal amount, String comment, Actor actor) {
        Proposal proposal = byId(id);
        requireBureau(actor);
        CallView call = call(proposal.callId());
        requireItemPlace(proposal, call);
        proposal.approve(amount, stages(call), actor, clock.instant());
        proposals.save(proposal);
        audit.record(actor, "proposal", id, ProposalAction.APPROVE.name(), proposal.approvedAmount().toPlainString());
        events.publishEvent(ProposalEvents.transitioned(proposal));
        events.publishEvent(new ProposalApproved(proposal.id(), proposal.callId(), proposal.trackingNumber(),
                proposal.title(), proposal.hostOrganisationId(), proposal.piAccountId(), proposal.piName(),
                proposal.countyCode(), proposal.approvedAmount(), proposal.plannedEndOn(),
                proposal.team().stream().map(TeamMember::accountId).filter(java.util.Objects::nonNull).toList()));
    }

    @Override
    @Transactional
    public void decline(UUID id, String reason, Actor actor) {
        requireBureau(actor);
        reviewStep(byId(id), ProposalAction.DECLINE, reason, actor);
    }

    /** An item funds at most its configured number of projects; the next approval names the limit. */
    private void requireItemPlace(Proposal proposal, CallView call) {
        call.item(proposal.callItemId()).filter(item -> item.maxFunded() != null).ifPresent(item -> {
            int funded = jdbc.sql("select count(*) from proposal where call_item_id = ? and status = 'APPROVED'")
                    .param(item.id()).query(Integer.class).single();
            if (funded >= item.maxFunded()) {
                throw new RuleViolation("proposal.approve.itemFull", item.number(), item.maxFunded());
            }
        });
    }

    private void reviewStep(Proposal proposal, ProposalAction action, String comment, Actor actor) {
        proposal.apply(action, stages(call(proposal.callId())), actor, comment, clock.instant());
        proposals.save(proposal);
        audit.record(actor, "proposal", proposal.id(), action.name(), comment);
        events.publishEvent(ProposalEvents.transitioned(proposal));
    }

    private static void requireBureau(Actor actor) {
        if (!actor.has(org.kstp.common.Role.BUREAU_STAFF)) {
            throw new RuleViolation("proposal.action.notYours", "proposal.ProposalAction.APPROVE");
        }
    }

    private Proposal byId(UUID id) {
        return proposals.findById(id).orElseThrow(() -> new NotFound("proposal", id));
    }

    /** KS + year + six-digit sequence, e.g. KS2026-000042: short enough to read out on the phone. */
    private String nextTrackingNumber() {
        long next = jdbc.sql("select nextval('proposal_tracking_seq')").query(Long.class).single();
        return "KS%d-%06d".formatted(Year.now(clock.withZone(BusinessTime.ZONE)).getValue(), next);
    }

    static ProposalSummary toSummary(Proposal p) {
        return new ProposalSummary(p.id(), p.callId(), p.trackingNumber(), p.title(), p.summary(), p.keywords(),
                p.planTaskCode(), p.industryCode(), p.countyCode(), p.requestedAmount(), p.approvedAmount(),
                p.hostOrganisationId(), p.piName(), p.team().stream().map(TeamMember::name).toList(),
                p.status().name(), p.submittedAt(), p.callItemId(), p.disciplineCode());
    }
}
