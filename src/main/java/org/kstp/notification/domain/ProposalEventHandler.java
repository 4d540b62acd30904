package org.kstp.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalTransitioned;
import org.kstp.proposal.ReceiptApi;
import org.kstp.proposal.SubmissionReceipt;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next on a proposal, and tells the PI the outcome of each step that concerns
 * them. Runs after the transition commits, from the persisted event, in its own transaction.
 */
@Component
class ProposalEventHandler {

    private final BusinessTime time;
    private final Notifier notifier;
    private final IdentityApi identity;
    private final ProgramApi programs;
    private final ReceiptApi receipts;

    ProposalEventHandler(Notifier notifier, IdentityApi identity, ProgramApi programs, ReceiptApi receipts,
                         BusinessTime time) {
        this.time = time;
        this.notifier = notifier;
        this.identity = identity;
        this.programs = programs;
        this.receipts = receipts;
    }

    @ApplicationModuleListener
    void on(ProposalTransitioned e) {
        List<String> subject = List.of(nullToEmpty(e.title()), nullToEmpty(e.trackingNumber()));
        switch (e.toStatus()) {
            case "SUBMITTED" -> {
                sendReceipt(e);
                Optional<CallView> call = programs.call(e.callId());
                boolean endorsement = call.map(CallView::endorsementRequired).orElse(true);
                if (endorsement) {
                    toNextActor(e, hostAdmins(e), "notification.proposal.toEndorse", subject);
                } else {
                    toReviewer(e, call, subject);
                }
            }
            case "ENDORSED" -> toReviewer(e, programs.call(e.callId()), subject);
            case "RECOMMENDED" -> toNextActor(e, identity.accountsWithRole(Role.BUREAU_STAFF),
                    "notification.proposal.toAccept", subject);
            case "RETURNED" -> toPi(e, "notification.proposal.returned", withComment(subject, e));
            case "FORMALLY_REJECTED" -> toPi(e, "notification.proposal.formallyRejected", withComment(subject, e));
            case "APPROVED" -> toPi(e, "notification.proposal.approved", withComment(subject, e));
            case "DECLINED" -> toPi(e, "notification.proposal.declined", withComment(subject, e));
            default -> { } // other steps ask nothing of anyone outside the bureau's own queue
        }
    }

    /** After the host (or straight after submission): the county if the call recommends, else the bureau. */
    private void toReviewer(ProposalTransitioned e, Optional<CallView> call, List<String> subject) {
        if (call.map(CallView::recommendationRequired).orElse(false)) {
            List<AccountSummary> county = identity.accountsWithRole(Role.COUNTY_STAFF).stream()
                    .filter(a -> Objects.equals(a.countyCode(), e.countyCode())).toList();
            toNextActor(e, county, "notification.proposal.toRecommend", subject);
        } else {
            toNextActor(e, identity.accountsWithRole(Role.BUREAU_STAFF), "notification.proposal.toAccept", subject);
        }
    }

    private List<AccountSummary> hostAdmins(ProposalTransitioned e) {
        return identity.accountsWithRole(Role.INSTITUTION_ADMIN).stream()
                .filter(a -> Objects.equals(a.organisationId(), e.hostOrganisationId())).toList();
    }

    private void toNextActor(ProposalTransitioned e, List<AccountSummary> recipients, String key, List<String> args) {
        notifier.send(recipients, new Notifier.Message(key, args, link(e)), e.stepKey());
    }

    private void toPi(ProposalTransitioned e, String key, List<String> args) {
        identity.account(e.piAccountId()).ifPresent(pi ->
                notifier.send(pi, new Notifier.Message(key, args, link(e)), e.stepKey(), null));
    }

    /** The PI's receipt: tracking number, time and hash in the notice and mail, the PDF copy attached. */
    private void sendReceipt(ProposalTransitioned e) {
        Optional<SubmissionReceipt> receipt = receipts.latest(e.proposalId());
        Optional<AccountSummary> pi = identity.account(e.piAccountId());
        if (receipt.isEmpty() || pi.isEmpty()) {
            return;
        }
        SubmissionReceipt r = receipt.get();
        String at = time.stamp(r.submittedAt());
        Notifier.Extra extra = new Notifier.Extra("notification.receipt.body", List.of(r.trackingNumber(), at,
                r.sha256()), r.trackingNumber() + ".pdf", () -> receipts.pdf(e.proposalId(), Locale.SIMPLIFIED_CHINESE));
        notifier.send(pi.get(), new Notifier.Message("notification.proposal.submitted",
                List.of(nullToEmpty(r.title()), r.trackingNumber(), at), link(e)), e.stepKey(), extra);
    }

    private static List<String> withComment(List<String> subject, ProposalTransitioned e) {
        return List.of(subject.get(0), subject.get(1), nullToEmpty(e.comment()));
    }

    private static String link(ProposalTransitioned e) {
        return "/proposals/" + e.proposalId();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
