package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The bundled CJK font really renders Chinese: the text comes back out of the PDF, on every page. */
class PdfRendererTest {

    private static final String TITLE = "\u5580\u4ec0\u6797\u679c\u63d0\u8d28\u589e\u6548"; // a Chinese title
    private static final String MARK = "\u6b63\u5f0f\u7533\u62a5\u7248";

    @Test
    void chineseTextAndAFixedWatermarkComeOutOfEveryPage() throws Exception {
        String filler = "<p>" + TITLE + " filler text</p>".repeat(1);
        String html = """
                <html><head><style>
                  body { font-family: '%s'; }
                  .mark { position: fixed; top: 300px; left: 80px; font-size: 60px; color: #dddddd;
                          transform: rotate(-35deg); }
                </style></head><body>
                <div class="mark">%s</div>
                <h1>%s</h1>%s</body></html>""".formatted(PdfRenderer.FONT_FAMILY, MARK, TITLE, filler.repeat(120));
        byte[] pdf = new PdfRenderer("").render(html, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains(MARK);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains(TITLE);
        }
    }

    @Test
    void aMissingConfiguredFontFallsBackToTheBundledOne() {
        byte[] pdf = new PdfRenderer("/nonexistent/font.ttf").render(
                "<html><body style=\"font-family: '" + PdfRenderer.FONT_FAMILY + "'\">" + TITLE + "</body></html>", null);
        assertThat(pdf).isNotEmpty();
    }
}
