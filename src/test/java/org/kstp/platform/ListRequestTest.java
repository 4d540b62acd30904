package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a list URL asks for is bounded and never reaches the SQL text except through the allow-list. */
class ListRequestTest {

    private static ListRequest request(String page, String size, String sort, String dir) {
        ListRequest request = new ListRequest();
        request.setPage(page);
        request.setSize(size);
        request.setSort(sort);
        request.setDir(dir);
        return request;
    }

    @Test
    void pageAndSizeAreBoundedWhateverTheUrlSays() {
        assertThat(request("99999999999999999999", "100000", null, null).page()).isEqualTo(Integer.MAX_VALUE);
        assertThat(request("99999999999999999999", "100000", null, null).size()).isEqualTo(ListRequest.MAX_SIZE);
        assertThat(request("-3", "0", null, null).page()).isEqualTo(1);
        assertThat(request("-3", "0", null, null).size()).isEqualTo(1);
        assertThat(request("abc", "x", null, null).page()).isEqualTo(1);
        assertThat(request("abc", "x", null, null).size()).isEqualTo(ListRequest.DEFAULT_SIZE);
    }

    @Test
    void onlyAllowedSortKeysBecomeSql() {
        SortColumns sort = SortColumns.of("p.updated_at desc", "p.id").allow("title", "p.title");
        assertThat(sort.orderBy(request(null, null, "title", "desc"))).isEqualTo("p.title desc nulls last, p.id");
        assertThat(sort.orderBy(request(null, null, "title", null))).isEqualTo("p.title asc nulls first, p.id");
        assertThat(sort.orderBy(request(null, null, "p.title; drop table proposal", "asc")))
                .isEqualTo("p.updated_at desc, p.id");
    }

    @Test
    void aSliceBeyondTheEndIsTheLastPage() {
        Page<Integer> last = Page.slice(List.of(1, 2, 3, 4, 5), request("9", "2", null, null));
        assertThat(last.page()).isEqualTo(3);
        assertThat(last.rows()).containsExactly(5);
        assertThat(last.firstRow()).isEqualTo(5);
        assertThat(last.hasNext()).isFalse();
        assertThat(Page.slice(List.<Integer>of(), request(null, null, null, null)).pages()).isEqualTo(1);
    }
}
