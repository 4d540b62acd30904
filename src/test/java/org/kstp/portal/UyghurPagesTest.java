package org.kstp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Uyghur as the third language: ?lang=ug (or ug-CN) turns pages right to left with Bootstrap's RTL
 * stylesheet and Uyghur text, and the call guideline PDF comes out in Uyghur with the Uyghur font.
 */
@KstpIntegrationTest
class UyghurPagesTest {

    /** "Application period", the Uyghur label of the call window (portal.call.window). */
    private static final String WINDOW_LABEL = "\u0626\u0649\u0644\u062A\u0649\u0645\u0627\u0633 \u06CB\u0627\u0642\u062A\u0649";
    /** "Kashgar", in the Uyghur platform name. */
    private static final String KASHGAR = "\u0642\u06D5\u0634\u0642\u06D5\u0631";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void uyghurPagesReadRightToLeftWithTheRtlStylesheet() throws Exception {
        for (String lang : List.of("ug", "ug-CN")) {
            String page = page("/portal/indicators?lang=" + lang);
            assertThat(page).as(lang).contains("lang=\"ug\"", "dir=\"rtl\"", "bootstrap.rtl.min.css", KASHGAR)
                    .doesNotContain("css/bootstrap.min.css");
        }
    }

    @Test
    void chineseAndEnglishPagesStayLeftToRightAndOfferUyghur() throws Exception {
        assertThat(page("/portal/indicators")).contains("lang=\"zh-CN\"", "dir=\"ltr\"", "css/bootstrap.min.css",
                "data-testid=\"lang-ug\"").doesNotContain("bootstrap.rtl");
        assertThat(page("/portal/indicators?lang=en")).contains("lang=\"en\"", "dir=\"ltr\"");
    }

    @Test
    void theCallGuidelinePdfInUyghurHasUyghurTextInTheUyghurFont() throws Exception {
        UUID call = demo.publishedCall("Uyghur guideline " + UUID.randomUUID(), new BigDecimal("300000"), Duration.ofDays(5));
        byte[] pdf = mvc.perform(get("/portal/calls/" + call + ".pdf").param("lang", "ug"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The letters are drawn in their joined (presentation) forms; NFKC gives back the letters typed.
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text).contains(WINDOW_LABEL, "300,000.00");
            assertThat(fontNames(doc.getPage(0).getResources())).anySatisfy(n -> assertThat(n).containsIgnoringCase("UKIJ"));
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> fontNames(PDResources resources) throws Exception {
        List<String> names = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }
}
