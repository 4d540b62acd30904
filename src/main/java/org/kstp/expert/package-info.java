/**
 * The expert pool: experts' profiles (disciplines, keywords, employers, declared relations,
 * availability, yearly load), the bureau's approval and yearly refresh, and the conflict-of-interest
 * rules that decide which experts may review a proposal and why not. It never sees proposals: the
 * review module hands it the parties of one as a {@link org.kstp.expert.ProposalParties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert",
        allowedDependencies = {"common", "platform", "audit", "identity", "directory", "plan", "integrity"})
package org.kstp.expert;
