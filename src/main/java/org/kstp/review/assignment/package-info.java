/**
 * Expert assignment for a review round, internal to the review module. Everything is one flow
 * network ({@link org.kstp.review.assignment.FlowNetwork}) solved by OR-Tools' min-cost flow, so no
 * LP/MIP solver is needed:
 * <ul>
 * <li>k per proposal and expert capacities are arc capacities; one expert per organisation per
 * proposal is a capacity-1 node per (proposal, organisation); at least one outside expert is an
 * outside-slot node whose first unit carries a bonus above any affinity total (exact whenever the
 * requirement is feasible, because the solver maximises flow first and then minimises cost).</li>
 * <li>Deterministic mode: integral capacities, integer costs = affinity scaled to 10^6 of the best
 * pair; the optimum is exact for those costs. A shortage of reviewers is first spread evenly
 * ({@link org.kstp.review.assignment.Coverage}).</li>
 * <li>Randomised mode (Jecmen et al., 2020): the capped LP is the same network with capacities
 * multiplied by q's denominator, whose integral optimum is an optimal LP solution; the draw is
 * dependent rounding on that network ({@link org.kstp.review.assignment.DependentRounding}), which
 * keeps every pair's marginal and every constraint; seeds are committed by SHA-256.</li>
 * <li>Replacement of one expert: the LP marginals restricted to the eligible experts
 * ({@link org.kstp.review.assignment.ReplacementDrawer}).</li>
 * </ul>
 * Pairs are primitive arrays ({@link org.kstp.review.assignment.CandidatePairs}): 50,000 proposals
 * with 200 candidates each solve in about 1.3 GB of heap.
 */
package org.kstp.review.assignment;
