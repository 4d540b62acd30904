package org.kstp.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.platform.ImportJobStatus;
import org.kstp.platform.ImportJobView;
import org.kstp.platform.ImportJobs;
import org.kstp.platform.ImportLine;
import org.kstp.support.CitizenIds;
import org.kstp.support.Demo;
import org.kstp.support.Jobs;
import org.kstp.support.Sheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Excel lists go through the same dry run and all-or-nothing commit as CSV, in the background, with
 * the job visible only to the member of staff who uploaded it; a 50,000-line list is checked and
 * imported within minutes on a small machine.
 */
@KstpIntegrationTest
class ExcelImportIntegrationTest {

    static final Object[] HEADER = {"subject_kind", "subject_type", "name", "uscc", "username", "citizen_id", "finding",
        "issuer", "document_number", "decision_date", "tier", "measures"};

    @Autowired
    ImportJobs jobs;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    private int findings(String documentPrefix) {
        return jdbc.sql("select count(*) from integrity_record where kind = 'FINDING' and document_number like ?")
                .param(documentPrefix + "%").query(Integer.class).single();
    }

    private ImportJobView run(byte[] xlsx, Actor bureau) {
        UUID id = jobs.start("integrity", "list.xlsx", xlsx, bureau);
        return Jobs.await(jobs, id, bureau, Duration.ofMinutes(5));
    }

    @Test
    void theDryRunOfAWorkbookExplainsEveryLineAndAListWithRefusalsCannotBeCommitted() {
        Actor bureau = demo.actor("bureau.admin");
        ImportJobView job = run(Sheets.xlsx(HEADER,
                row("ORGANISATION", "IMPLEMENTING_INSTITUTION", "Host", "12653100458000812X", null, "X-1",
                        LocalDate.of(2024, 2, 20), "BAN_HOST:2024-03-01:2026-02-28"),
                row("PERSON", "RESEARCHER", "Nobody", null, "no.such.user", "X-2", LocalDate.of(2024, 2, 20),
                        "BAN_APPLY:2024-03-01:2026-02-28"),
                row("ORGANISATION", "IMPLEMENTING_INSTITUTION", "Bad", "12345", null, "X-3", "2024-02-20",
                        "BAN_HOST:2024-03-01:2026-02-28"),
                row("PERSON", "RESEARCHER", "Late", null, "expert.demo2", "X-4", "2024-02-31",
                        "BAN_APPLY:2024-03-01:2026-02-28")), bureau);
        assertThat(job.status()).isEqualTo(ImportJobStatus.CHECKED);
        assertThat(job.total()).isEqualTo(4);
        assertThat(job.refused()).isEqualTo(3);
        assertThat(job.committable()).isFalse();
        List<ImportLine> lines = jobs.lines(job.id(), bureau, 100);
        assertThat(lines).extracting(ImportLine::line, ImportLine::messageKey).containsExactly(
                Tuple.tuple(3, "integrity.import.unknownPerson"),
                Tuple.tuple(4, "integrity.import.badUscc"),
                Tuple.tuple(5, "integrity.import.badDate"),
                Tuple.tuple(2, "integrity.import.matchedOrganisation"));
        assertThatThrownBy(() -> jobs.commit(job.id(), bureau)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("platform.import.notCommittable");
        assertThat(findings("X-")).isZero();
        assertThatThrownBy(() -> jobs.job(job.id(), demo.actor("county.shache"))).isInstanceOf(NotFound.class);
    }

    @Test
    void aCleanWorkbookIsImportedWholeAndOnlyOnce() {
        Actor bureau = demo.actor("bureau.admin");
        byte[] xlsx = Sheets.xlsx(HEADER,
                row("ORGANISATION", "IMPLEMENTING_INSTITUTION", "Host", "12653100458000812X", null, "Y-1",
                        LocalDate.of(2024, 2, 20), "BAN_HOST:2024-03-01:2026-02-28"),
                row("PERSON", "RESEARCHER", "ById", null, null, "Y-2", LocalDate.of(2024, 2, 20),
                        "BAN_APPLY:2024-03-01:2026-02-28", "11010519491231002X"));
        ImportJobView checked = run(xlsx, bureau);
        assertThat(checked.committable()).isTrue();
        jobs.commit(checked.id(), bureau);
        ImportJobView done = Jobs.await(jobs, checked.id(), bureau, Duration.ofMinutes(2));
        assertThat(done.status()).isEqualTo(ImportJobStatus.IMPORTED);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(findings("Y-")).isEqualTo(2);
        assertThatThrownBy(() -> jobs.commit(checked.id(), bureau)).hasMessageStartingWith("platform.import.notCommittable");
        assertThat(jdbc.sql("select count(*) from platform_import_job where id = ? and content is null")
                .param(checked.id()).query(Integer.class).single()).as("the file is dropped once imported").isOne();
        assertThat(run(xlsx, bureau).refused()).as("a second upload finds both already recorded").isEqualTo(2);
    }

    @Test
    void theUploadIsCheckedAndTheJobPageIsTheUploadersOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        Actor bureau = demo.actor("bureau.admin");
        byte[] xlsx = Sheets.xlsx(HEADER, row("ORGANISATION", "IMPLEMENTING_INSTITUTION", "Host", "12653100458000812X",
                null, "W-1", LocalDate.of(2024, 2, 20), "BAN_HOST:2024-03-01:2026-02-28"));
        String location = mvc.perform(multipart("/imports/new/integrity").file(new MockMultipartFile("file", "list.xlsx",
                        "application/octet-stream", xlsx)).with(csrf()).with(demo.as(bureau)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Jobs.await(jobs, id, bureau, Duration.ofMinutes(1));
        mvc.perform(get("/imports/" + id).header("HX-Request", "true").with(demo.as(bureau)))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(get("/imports/" + id).with(demo.as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"import-commit\"")))
                .andExpect(content().string(containsString("data-testid=\"dry-run\"")));
        Actor otherStaff = demo.actor("county.shache");
        mvc.perform(get("/imports/" + id).with(demo.as(otherStaff))).andExpect(status().isNotFound());
        mvc.perform(multipart("/imports/new/integrity").file(new MockMultipartFile("file", "list.xlsx",
                        "application/octet-stream", xlsx)).with(csrf()).with(demo.as("pi.demo")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("data-testid=\"refusal\"")));
        byte[] renamed = "subject_kind,name\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/imports/new/integrity").file(new MockMultipartFile("file", "list.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", renamed))
                        .with(csrf()).with(demo.as(bureau)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("list.xlsx")));
        assertThat(jdbc.sql("select count(*) from platform_import_job where file_name = 'list.xlsx' and owner_id = ?")
                .param(bureau.accountId()).query(Integer.class).single()).as("the renamed CSV made no job")
                .isEqualTo(jdbc.sql("select count(*) from platform_import_job where file_name = 'list.xlsx'"
                        + " and owner_id = ? and format = 'XLSX'").param(bureau.accountId()).query(Integer.class).single());
    }

    @Test
    void fiftyThousandLinesAreCheckedAndImportedInTheBackground() {
        Actor bureau = demo.actor("bureau.admin");
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 50_000; i++) {
            rows.add(row("PERSON", "RESEARCHER", "P" + i, null, null, "BIG-" + i, LocalDate.of(2024, 2, 20),
                    "BAN_APPLY:2024-03-01:2026-02-28", CitizenIds.numbered(i)));
        }
        long started = System.nanoTime();
        ImportJobView checked = run(Sheets.xlsx(rows), bureau);
        long checkedAt = System.nanoTime();
        assertThat(checked.total()).isEqualTo(50_000);
        assertThat(checked.refused()).isZero();
        jobs.commit(checked.id(), bureau);
        ImportJobView done = Jobs.await(jobs, checked.id(), bureau, Duration.ofMinutes(10));
        System.out.printf("import of 50,000 lines: dry run %d s, commit %d s%n", (checkedAt - started) / 1_000_000_000,
                (System.nanoTime() - checkedAt) / 1_000_000_000);
        assertThat(done.status()).isEqualTo(ImportJobStatus.IMPORTED);
        assertThat(findings("BIG-")).isEqualTo(50_000);
    }

    private static Object[] row(String kind, String type, String name, String uscc, String username, String doc,
                                Object date, String measures) {
        return row(kind, type, name, uscc, username, doc, date, measures, null);
    }

    private static Object[] row(String kind, String type, String name, String uscc, String username, String doc,
                                Object date, String measures, String citizenId) {
        return new Object[] {kind, type, name, uscc, username, citizenId, "Fabricated data", "Region", doc, date,
            "SERIOUS", measures};
    }
}
