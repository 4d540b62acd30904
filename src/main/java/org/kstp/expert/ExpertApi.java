package org.kstp.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * The expert pool for other modules. Experts are identified by their account id, which is what the
 * review module assigns. Eligibility answers come from an in-memory index of the pool, refreshed
 * after every committed change, so screening a whole pool against one proposal costs milliseconds.
 */
public interface ExpertApi {

    /**
     * Why the expert may or may not review a proposal with these parties on the date: every conflict
     * rule that applies, not just the first, so staff can see the whole picture.
     */
    Eligibility explain(ProposalParties parties, UUID expertAccountId, LocalDate date);

    /** Experts in the pool (active or due for refresh) against whom no conflict rule applies, by name. */
    List<Eligibility> eligibleExperts(ProposalParties parties, LocalDate date);

    /** Experts in the pool whom at least one rule excludes, each with all its reasons; staff only. */
    List<Eligibility> excludedExperts(ProposalParties parties, LocalDate date);

    /** {@link #explain(ProposalParties, UUID, LocalDate)} with the numbers of the proposal's call. */
    Eligibility explain(ProposalParties parties, UUID expertAccountId, LocalDate date, ConflictSettings settings);

    /** {@link #eligibleExperts(ProposalParties, LocalDate)} with the numbers of the proposal's call. */
    List<Eligibility> eligibleExperts(ProposalParties parties, LocalDate date, ConflictSettings settings);

    /** {@link #excludedExperts(ProposalParties, LocalDate)} with the numbers of the proposal's call. */
    List<Eligibility> excludedExperts(ProposalParties parties, LocalDate date, ConflictSettings settings);

    /**
     * How many reviews the expert may take on in a calendar year: the pool's cap (a setting the bureau
     * changes, 10 by default), or the expert's own when lower. Every check of the yearly load reads this.
     */
    int yearlyCap(UUID expertAccountId);

    /** The expert's profile, if the account has one. */
    Optional<ExpertView> expert(UUID accountId);

    /**
     * Creates a profile for an account with role EXPERT (status APPLIED); with {@code approve}, the
     * bureau's approval follows at once (used by imports and demo seeding). Audited.
     */
    UUID register(NewExpert profile, boolean approve, Actor by);
}
