package org.kstp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public indicators page, fetched anonymously over HTTP in both languages. */
@KstpIntegrationTest
class PlanIndicatorsPageTest {

    @LocalServerPort
    int port;

    @Test
    void showsEveryIndicatorWithoutSigningIn() throws Exception {
        String page = fetch("/portal/indicators");
        assertThat(page).contains("data-code=\"RD_GDP_RATIO\"", "data-code=\"ST_SMES\"", "228.18", "209.13", "0.055",
                "\u672A\u516C\u5E03"); // "not stated" in Chinese, the default locale
        assertThat(page.split("class=\"indicator-chart\"", -1)).hasSize(3); // the two with both values
        assertThat(page).contains("/webjars/echarts/5.5.0/echarts.min.js");
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String page = fetch("/portal/indicators?lang=en");
        assertThat(page).contains("not stated", "person-years", "R&amp;D personnel, full-time equivalent");
    }

    @Test
    void theChartScriptIsServed() throws Exception {
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/webjars/echarts/echarts.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
    }

    @Test
    void theStylesheetAndIconAreServedFromAssetsWithoutSigningIn() throws Exception {
        assertThat(fetch("/portal/indicators")).contains("href=\"/assets/css/kstp.css\"");
        assertThat(fetch("/assets/css/kstp.css")).contains("{");
        assertThat(fetch("/portal/indicators")).contains("href=\"/assets/favicon.svg\"");
        assertThat(fetch("/assets/favicon.svg")).startsWith("<svg");
    }

    private String fetch(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
