package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The bundled fonts really render Chinese and Uyghur: the text comes back out of the PDF, on every page,
 * and right-to-left Uyghur is shaped with the Uyghur font rather than drawn as empty boxes.
 */
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

    @Test
    void uyghurTextIsShapedWithTheUyghurFontAndADateInsideItKeepsItsOrder() throws Exception {
        String uyghur = "\u062A\u06D5\u062A\u0642\u0649\u0642\u0627\u062A \u062A\u06C8\u0631\u0649"; // "research type"
        String html = """
                <html lang="ug" dir="rtl"><head><style>
                  body { font-family: %s; direction: rtl; }
                </style></head><body><p>%s <span dir="ltr">2026-12-06</span></p><p>%s</p></body></html>"""
                .formatted(PdfRenderer.fontFamilies(Locale.forLanguageTag("ug")), uyghur, TITLE);
        byte[] pdf = new PdfRenderer("").render(html, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Shaped letters are Arabic presentation forms; NFKC maps them back to the letters typed.
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text).contains(uyghur, TITLE);
            // Left to right on the page, the digits of the date read as written (not 06-12-2026).
            assertThat(digitsLeftToRight(doc)).contains("2026-12-06");
            assertThat(fontNames(doc.getPage(0))).anySatisfy(name -> assertThat(name).containsIgnoringCase("UKIJ"));
        }
    }

    private static String digitsLeftToRight(PDDocument doc) throws Exception {
        StringBuilder lines = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().sorted(Comparator.comparing(TextPosition::getX))
                        .map(TextPosition::getUnicode).filter(c -> c.matches("[0-9-]")).forEach(lines::append);
                lines.append('\n');
            }
        };
        stripper.getText(doc);
        return lines.toString();
    }

    private static List<String> fontNames(PDPage page) throws Exception {
        List<String> names = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            names.add(page.getResources().getFont(name).getName());
        }
        return names;
    }
}
