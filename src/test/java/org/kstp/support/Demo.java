package org.kstp.support;

import org.kstp.common.BusinessTime;
import java.math.BigDecimal;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.identity.AccountSummary;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.identity.security.SignedInAccount;
import org.kstp.program.CallView;
import org.kstp.program.CallDraft;
import org.kstp.program.ProgramApi;
import org.kstp.program.ProgramCommands;
import org.kstp.program.RuleDefaults;
import java.time.LocalDate;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.NewExpert;
import org.kstp.proposal.domain.AssessableIndicator;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.Milestone;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalDetail;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.TeamMember;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The demo accounts and call as actors and fixtures for integration tests. */
@Component
public class Demo {

    /** The password of applicants made by {@link #newApplicant()}, for signing in through the browser. */
    public static final String APPLICANT_PASSWORD = "Applicant-pass-1";

    private final IdentityApi identity;
    private final ProgramApi programs;
    private final ProposalService proposals;
    private final FormalCheck formalCheck;
    private final ExpertApi experts;
    private final ProgramCommands commands;
    private final RuleDefaults defaults;

    private final DirectoryApi directory;

    Demo(IdentityApi identity, ProgramApi programs, ProposalService proposals, FormalCheck formalCheck,
         ExpertApi experts, ProgramCommands commands, RuleDefaults defaults, DirectoryApi directory) {
        this.directory = directory;
        this.commands = commands;
        this.defaults = defaults;
        this.identity = identity;
        this.programs = programs;
        this.proposals = proposals;
        this.formalCheck = formalCheck;
        this.experts = experts;
    }

    /**
     * A drafted call in a programme of its own, under today's default rules, open since an hour and
     * closing after {@code closesIn}; with county quotas the county recommends, else only the host endorses.
     * Publish it with {@link #publish}, after any change a test makes to the draft.
     */
    public java.util.UUID draftCall(String title, BigDecimal budgetCap, java.time.Duration closesIn,
                                    java.util.Map<String, Integer> countyQuotas) {
        Actor bureau = actor("bureau.admin");
        java.util.UUID program = commands.createProgram(
                "Test programme " + java.util.UUID.randomUUID(), "T1", null, bureau); // never the demo programme's name
        java.time.Instant now = java.time.Instant.now();
        return commands.draftCall(program, new CallDraft(title, "Guideline text", now.minus(java.time.Duration.ofHours(1)),
                now.plus(closesIn), budgetCap, true, !countyQuotas.isEmpty(), defaults.indirectTiers(),
                defaults.equipmentJustificationThreshold(), defaults.concurrency(), countyQuotas), bureau);
    }

    /** The same, published. */
    public java.util.UUID publishedCall(String title, BigDecimal budgetCap, java.time.Duration closesIn) {
        return publish(draftCall(title, budgetCap, closesIn, java.util.Map.of()));
    }

    public java.util.UUID publish(java.util.UUID callId) {
        commands.publishCall(callId, actor("bureau.admin"));
        return callId;
    }

    /** A proposal of a fresh applicant in the demo call that passed intake and the formal check. */
    public java.util.UUID readyForReview() {
        return formallyChecked(openCall().id(), newApplicant(), "Review " + java.util.UUID.randomUUID());
    }

    /** A proposal of the PI in the call, submitted, endorsed, accepted and through the formal check. */
    public java.util.UUID formallyChecked(java.util.UUID callId, Actor pi, String title) {
        Actor bureau = actor("bureau.admin");
        java.util.UUID id = proposals.draft(callId, contentFor(callId, title), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, actor("inst.admin"));
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
        var verdicts = new java.util.HashMap<String, FormalCheck.Verdict>();
        programs.call(callId).orElseThrow().formalCheckItems()
                .forEach(i -> verdicts.put(i, new FormalCheck.Verdict(i, true, null)));
        formalCheck.record(id, verdicts, FormalCheck.Outcome.RETURN, bureau);
        return id;
    }

    /** A fresh expert account (password {@link #APPLICANT_PASSWORD}) entered in the pool as ACTIVE. */
    public Actor newExpert(String region) {
        String username = "exp." + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.UUID id = identity.createAccount(new NewAccount(username, APPLICANT_PASSWORD, "Expert " + username,
                java.util.Set.of(Role.EXPERT), null, null, username + "@kstp.example"), Actor.system());
        experts.register(new NewExpert(id, "Professor", null, List.of("21040"), "jujube", List.of(), region, false,
                null), true, actor("bureau.admin"));
        return actor(username);
    }

    public Actor actor(String username) {
        AccountSummary a = identity.accountByUsername(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.roles(), a.countyCode(), a.organisationId());
    }

    /** Signs a MockMvc request in as the demo account. */
    public RequestPostProcessor as(String username) {
        return as(actor(username));
    }

    public RequestPostProcessor as(Actor actor) {
        return SecurityMockMvcRequestPostProcessors.user(new SignedInAccount(actor, "n/a", false, true));
    }

    /**
     * A fresh applicant at the demo host institution. Tests that submit use their own applicant so
     * the concurrency limit (one proposal per PI per year) never couples one test to another.
     */
    public Actor newApplicant() {
        Actor host = actor("pi.demo");
        String username = "pi." + java.util.UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, APPLICANT_PASSWORD, "Applicant " + username,
                java.util.Set.of(Role.APPLICANT), null, host.organisationId(), username + "@kstp.example"), Actor.system());
        return actor(username);
    }

    /** An applicant and the administrator of a fresh host institution registered in that county. */
    public record Host(Actor applicant, Actor administrator) {
    }

    /**
     * A fresh host institution in the county, with an applicant and an institution administrator: a
     * proposal's county is its host's, so a test about another county needs a host there.
     */
    public Host newHostIn(String county) {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.UUID organisation = directory.registerOrganisation(new NewOrganisation(
                org.kstp.directory.TestCodes.valid(county), "Host " + tag, county), actor("bureau.admin")).id();
        identity.createAccount(new NewAccount("pi." + tag, APPLICANT_PASSWORD, "Applicant " + tag,
                java.util.Set.of(Role.APPLICANT), null, organisation, "pi." + tag + "@kstp.example"), Actor.system());
        identity.createAccount(new NewAccount("inst." + tag, APPLICANT_PASSWORD, "Administrator " + tag,
                java.util.Set.of(Role.INSTITUTION_ADMIN), null, organisation, "inst." + tag + "@kstp.example"),
                Actor.system());
        return new Host(actor("pi." + tag), actor("inst." + tag));
    }

    /** The demo call (host endorsement only), whatever other calls tests have opened meanwhile. */
    public CallView openCall() {
        return programs.openCalls().stream().filter(c -> c.programName().endsWith("\uff08\u6f14\u793a\uff09"))
                .findFirst().orElseThrow();
    }

    /**
     * Content that passes every checklist rule of a call without items: 90,000 direct + 10,000
     * indirect, a discipline, one indicator and one milestone inside a two-year period.
     */
    public static ProposalContent completeContent(String title) {
        LocalDate start = LocalDate.now(BusinessTime.ZONE);
        return new ProposalContent(title, "Abstract", "k1, k2", "T1", "FRUIT", new BigDecimal("100000.00"),
                List.of(new TeamMember("Member", "Engineer", "Org", "Field work", null)),
                new Budget(List.of(new BudgetLine(CostCategory.OPERATIONS, "Field work", new BigDecimal("90000.00"),
                        null)), new BigDecimal("10000.00"), List.of()), start.plusYears(2),
                new ProposalDetail(null, "22045", start, List.of(),
                        List.of(new AssessableIndicator("Demonstration orchards", "500", "mu")),
                        List.of(new Milestone(start.plusMonths(1), start.plusYears(1), "Trial plots set up",
                                "Trial report"))));
    }

    /** {@link #completeContent} answering the first item of the demo call, as its checklist requires. */
    public ProposalContent openCallContent(String title) {
        return contentFor(openCall().id(), title);
    }

    /** {@link #completeContent} answering the call's first item, if it has items. */
    public ProposalContent contentFor(java.util.UUID callId, String title) {
        ProposalContent content = completeContent(title);
        ProposalDetail d = content.detail();
        java.util.UUID item = programs.call(callId).orElseThrow().items().stream().findFirst()
                .map(i -> i.id()).orElse(null);
        return content.withDetail(new ProposalDetail(item, d.disciplineCode(), d.plannedStartOn(), d.partners(),
                d.indicators(), d.milestones()));
    }
}
