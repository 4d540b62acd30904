package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.platform.ListRequest;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.query.ProposalFilter;
import org.kstp.proposal.query.ProposalQuery;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The proposal list: paging that never fails, sorting from an allow-list, search, filters, export, names. */
@KstpIntegrationTest
class ProposalListIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalQuery query;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String marker;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        marker = "List" + UUID.randomUUID().toString().substring(0, 8);
        for (String letter : List.of("C", "A", "B")) {
            Actor pi = demo.newApplicant();
            UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(marker + " " + letter, "653101"), pi);
            proposals.act(id, ProposalAction.SUBMIT, null, pi);
        }
    }

    private ListRequest request(String q, String sort, String dir, String page, String size) {
        ListRequest request = new ListRequest();
        request.setQ(q);
        request.setSort(sort);
        request.setDir(dir);
        request.setPage(page);
        request.setSize(size);
        return request;
    }

    @Test
    void searchFindsByTitleAndSortingFollowsTheAllowList() {
        Actor bureau = demo.actor("bureau.admin");
        assertThat(query.page(bureau, new ProposalFilter(), request(marker, "title", "asc", null, null)).rows())
                .extracting(ProposalQuery.Row::title).containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(query.page(bureau, new ProposalFilter(), request(marker, "title", "desc", null, null)).rows())
                .extracting(ProposalQuery.Row::title).containsExactly(marker + " C", marker + " B", marker + " A");
        assertThat(query.page(bureau, new ProposalFilter(), request(marker, "title; drop table proposal", "asc",
                null, null)).total()).as("an unknown sort key falls back to the default order").isEqualTo(3);
    }

    /** 00:30 Beijing time on 1 January is already the new year, though it is still 31 December in UTC. */
    @Test
    void theYearFilterCountsBusinessYears() {
        Actor bureau = demo.actor("bureau.admin");
        jdbc.sql("update proposal set submitted_at = ? where title = ?")
                .params(Timestamp.from(Instant.parse("2025-12-31T16:30:00Z")), marker + " A").update();
        assertThat(query.page(bureau, year("2026"), request(marker, "title", "asc", null, null)).rows())
                .extracting(ProposalQuery.Row::title).contains(marker + " A");
        assertThat(query.page(bureau, year("2025"), request(marker, "title", "asc", null, null)).rows())
                .extracting(ProposalQuery.Row::title).doesNotContain(marker + " A");
        assertThat(query.years(bureau)).contains(2026);
    }

    private static ProposalFilter year(String year) {
        ProposalFilter filter = new ProposalFilter();
        filter.setYear(year);
        return filter;
    }

    @Test
    void pagesAreBoundedAndAPageBeyondTheEndIsTheLast() {
        Actor bureau = demo.actor("bureau.admin");
        var last = query.page(bureau, new ProposalFilter(), request(marker, "title", null, "99999999999", "2"));
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.rows()).extracting(ProposalQuery.Row::title).containsExactly(marker + " C");
        assertThat(query.page(bureau, new ProposalFilter(), request(marker, null, null, "-5", "100000")).size())
                .isEqualTo(ListRequest.MAX_SIZE);
        assertThat(query.page(bureau, new ProposalFilter(), request(marker, null, null, "abc", "0")).size()).isEqualTo(1);
    }

    @Test
    void hostilePagingParametersNeverFailThePage() throws Exception {
        for (String params : List.of("page=99999999999999999999&size=100000", "page=abc&size=-1", "sort=x%27&dir=up",
                "call=not-a-uuid&year=20x6&awaiting=NOPE")) {
            String html = mvc.perform(get("/proposals?" + params).with(demo.as("bureau.admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("data-testid=\"list-count\"");
        }
    }

    @Test
    void countiesAreShownByNameWithTheCodeOnHover() throws Exception {
        String html = mvc.perform(get("/proposals?q=" + marker).with(demo.as("bureau.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("title=\"653101\"").contains("\u5580\u4ec0\u5e02").contains("共 3 条")
                .as("the export link carries the search").contains("href=\"/proposals/export.xlsx?q=" + marker + "\"");
    }

    @Test
    void theExportHoldsExactlyWhatTheFilteredListHolds() throws Exception {
        ProposalFilter submitted = new ProposalFilter();
        submitted.setStatus("SUBMITTED");
        List<String> listed = query.page(demo.actor("bureau.admin"), submitted, request(marker, "title", "desc", "1",
                "100")).rows().stream().map(ProposalQuery.Row::title).toList();
        byte[] xlsx = mvc.perform(get("/proposals/export.xlsx").param("status", "SUBMITTED").param("q", marker)
                        .param("sort", "title").param("dir", "desc").param("page", "2").param("size", "1")
                        .with(demo.as("bureau.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> exported = new ArrayList<>();
        List<String> counties = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            rows.stream().skip(1).forEach(r -> {
                exported.add(r.getCellText(1));
                counties.add(r.getCellText(5));
            });
        }
        assertThat(exported).hasSize(3).isEqualTo(listed);
        assertThat(counties).containsOnly("\u5580\u4ec0\u5e02");
    }

    @Test
    void theCountyStaffSeeOnlyTheirCountyWhateverTheyFilter() throws Exception {
        String html = mvc.perform(get("/proposals").param("q", marker).param("county", "653101")
                        .with(demo.as("county.shache")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain(marker + " A").contains("共 0 条");
    }
}
