package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The public region API over real HTTP, without signing in. */
@KstpIntegrationTest
class RegionApiTest {

    @LocalServerPort
    int port;

    @Test
    void countiesCarryTheirTownshipAndVillageCounts() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regions/counties"))
                        .header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> counties = JsonMapper.builder().build()
                .readValue(response.body(), new TypeReference<>() { });
        assertThat(counties).hasSize(12);
        assertThat(counties.getFirst()).containsOnlyKeys("code", "name", "townships", "villages")
                .containsEntry("code", "653101").containsEntry("townships", 19).containsEntry("villages", 291);
        assertThat(counties).extracting(c -> c.get("code")).doesNotHaveDuplicates().isSorted();
        assertThat(counties.stream().mapToInt(c -> (Integer) c.get("townships")).sum()).isEqualTo(212);
        assertThat(counties.stream().mapToInt(c -> (Integer) c.get("villages")).sum()).isEqualTo(2910);
        assertThat(counties).filteredOn(c -> c.get("code").equals("653125"))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("townships", 45)
                        .containsEntry("villages", 582));
    }
}
