package org.kstp.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.platform.ImportJobStatus;
import org.kstp.platform.ImportJobView;
import org.kstp.platform.ImportJobs;
import org.kstp.platform.ImportLine;
import org.kstp.support.Demo;
import org.kstp.support.Jobs;
import org.kstp.support.Sheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk entry of vetted experts: the dry run matches each line to an expert account and an employer or
 * says why not; the commit enters every expert as ACTIVE (approved by the importing staff member), or none.
 */
@KstpIntegrationTest
class ExpertImportIntegrationTest {

    static final String HOST_USCC = "12653100458000812X";
    static final Object[] HEADER = {"username", "title", "employer_uscc", "primary_discipline", "disciplines",
        "keywords", "industries", "region", "partner_province", "yearly_cap"};

    @Autowired
    ImportJobs jobs;
    @Autowired
    IdentityApi identity;
    @Autowired
    ExpertApi experts;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    private String account(Role role) {
        String username = "imp." + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, "Expert-pass-1", "Imported " + username, Set.of(role), null,
                null), Actor.system());
        return username;
    }

    private ImportJobView run(String fileName, byte[] content, Actor bureau) {
        return Jobs.await(jobs, jobs.start("expert", fileName, content, bureau), bureau, Duration.ofMinutes(2));
    }

    @Test
    void theDryRunMatchesAccountsAndEmployersOrSaysWhyNot() {
        Actor bureau = demo.actor("bureau.admin");
        String a = account(Role.EXPERT);
        String applicant = demo.newApplicant().username();
        ImportJobView job = run("experts.xlsx", Sheets.xlsx(HEADER,
                new Object[] {a, "Professor", HOST_USCC, "21040", "210;21050", "jujube", "FRUIT", "\u662f", 8},
                new Object[] {"no.such.expert", null, null, "21040"},
                new Object[] {applicant, null, null, "21040"},
                new Object[] {"expert.demo1", null, null, "21040"},
                new Object[] {account(Role.EXPERT), null, "12345", "21040"},
                new Object[] {a, null, null, "21040"},
                new Object[] {account(Role.EXPERT), null, null, "12a"},
                new Object[] {account(Role.EXPERT), null, null, "21040", null, null, "NOPE"},
                new Object[] {account(Role.EXPERT), null, null, "21040", null, null, null, "659999"},
                new Object[] {account(Role.EXPERT), null, null, "21040", null, null, null, null, "maybe", 500}), bureau);
        assertThat(job.status()).isEqualTo(ImportJobStatus.CHECKED);
        assertThat(job.refused()).isEqualTo(9);
        List<ImportLine> lines = jobs.lines(job.id(), bureau, 100);
        assertThat(lines).extracting(ImportLine::line, ImportLine::messageKey).containsExactly(
                tuple(3, "expert.import.unknownAccount"), tuple(4, "expert.import.notExpert"),
                tuple(5, "expert.import.alreadyInPool"), tuple(6, "expert.import.badUscc"),
                tuple(7, "expert.import.duplicateInFile"), tuple(8, "expert.profile.disciplineFormat"),
                tuple(9, "expert.import.unknownIndustry"), tuple(10, "expert.import.unknownCounty"),
                tuple(11, "expert.import.badValue"), tuple(2, "expert.import.matchedWithEmployer"));
        assertThat(lines.get(4).args()).containsExactly("2");
        assertThat(experts.expert(identity.accountByUsername(a).orElseThrow().id())).as("nothing written").isEmpty();
    }

    @Test
    void aCleanListEntersEveryExpertActiveWithTheirProfile() {
        Actor bureau = demo.actor("bureau.admin");
        String a = account(Role.EXPERT);
        String b = account(Role.EXPERT);
        String csv = String.join(",", java.util.Arrays.stream(HEADER).map(Object::toString).toList()) + "\n"
                + a + ",Professor," + HOST_USCC + ",21040,210;21050,jujube,FRUIT,653101,yes,8\n"
                + b + ",Engineer,,71010,,cotton,,Shandong,no,\n";
        ImportJobView checked = run("experts.csv", csv.getBytes(StandardCharsets.UTF_8), bureau);
        assertThat(checked.committable()).isTrue();
        jobs.commit(checked.id(), bureau);
        assertThat(Jobs.await(jobs, checked.id(), bureau, Duration.ofMinutes(2)).imported()).isEqualTo(2);

        ExpertView first = experts.expert(identity.accountByUsername(a).orElseThrow().id()).orElseThrow();
        assertThat(first.status()).isEqualTo("ACTIVE");
        assertThat(first.disciplines()).containsExactly("21040", "210", "21050");
        assertThat(first.fields()).containsExactly("FRUIT");
        assertThat(first.partnerProvince()).isTrue();
        assertThat(first.yearlyCap()).isEqualTo(8);
        assertThat(first.employerOrganisationId()).isNotNull();
        ExpertView second = experts.expert(identity.accountByUsername(b).orElseThrow().id()).orElseThrow();
        assertThat(second.region()).isEqualTo("Shandong");
        assertThat(second.yearlyCap()).isEqualTo(10);
        assertThat(jdbc.sql("select from_status || '>' || to_status || ':' || action from expert_status_change"
                + " where expert_id = ?").param(second.accountId()).query(String.class).list())
                .containsExactly("APPLIED>ACTIVE:APPROVE");
    }
}
