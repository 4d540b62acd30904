package org.kstp.platform;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF with a CJK and a Uyghur font, for receipts, feedback and call guidelines.
 * Chinese needs a TrueType font embedded in the file (the standard PDF fonts have no Han glyphs), so
 * the font is part of the product: WenQuanYi Zen Hei ships in the jar (GPL-2 with the font-embedding
 * exception, see fonts/wqy-zenhei.COPYRIGHT); {@code kstp.pdf.font} may point at another TrueType file
 * or collection. Uyghur (Arabic script) needs a font with its letters and their joining forms: UKIJ Tuz
 * ships in the jar (OFL-1.1, see fonts/ukij-tuz.COPYRIGHT). ICU4J splits and reorders bidirectional
 * text and shapes the letters, so right-to-left paragraphs (CSS {@code direction: rtl}) come out right.
 * Stylesheets use {@link #fontFamilies(Locale)}: each document lists both fonts, so a Uyghur name in a
 * Chinese receipt and a Chinese title in a Uyghur guideline both have glyphs.
 */
@Component
public class PdfRenderer {

    /** The CSS font-family under which the CJK font is registered. */
    public static final String FONT_FAMILY = "kstp-cjk";
    /** The CSS font-family under which the Uyghur (Arabic-script) font is registered. */
    public static final String UYGHUR_FONT_FAMILY = "kstp-ug";

    private static final String UYGHUR_FONT = "fonts/ukij-tuz.ttf";

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String BUNDLED = "fonts/wqy-zenhei.ttc";

    private final byte[] font;
    private final boolean collection;
    private final byte[] uyghurFont;

    PdfRenderer(@Value("${kstp.pdf.font:}") String fontPath) {
        Path configured = fontPath == null || fontPath.isBlank() ? null : Path.of(fontPath);
        if (configured != null && !Files.isReadable(configured)) {
            log.warn("kstp.pdf.font={} is not readable; using the bundled {}", configured, BUNDLED);
            configured = null;
        }
        try {
            // Kept in memory (16 MB): each render parses its own copy, so renders never share font state.
            this.font = configured != null ? Files.readAllBytes(configured)
                    : new ClassPathResource(BUNDLED).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF font not loadable: " + (configured != null ? configured : BUNDLED), e);
        }
        try {
            this.uyghurFont = new ClassPathResource(UYGHUR_FONT).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF font not loadable: " + UYGHUR_FONT, e);
        }
        this.collection = font.length > 4 && font[0] == 't' && font[1] == 't' && font[2] == 'c' && font[3] == 'f';
        log.info("PDF font: {} ({} bytes{})", configured != null ? configured : "classpath:" + BUNDLED, font.length,
                collection ? ", collection" : "");
    }

    /**
     * The CSS font-family value for a document in this language: the language's own font first, the
     * other one as the fallback for glyphs the first lacks.
     */
    public static String fontFamilies(Locale locale) {
        boolean uyghur = locale != null && "ug".equals(locale.getLanguage());
        return uyghur ? "'" + UYGHUR_FONT_FAMILY + "', '" + FONT_FAMILY + "'"
                : "'" + FONT_FAMILY + "', '" + UYGHUR_FONT_FAMILY + "'";
    }

    /** Renders well-formed XHTML; {@code baseUri} resolves relative links and images (may be null). */
    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                .withHtmlContent(xhtml, baseUri).toStream(out)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .useFont(() -> new ByteArrayInputStream(uyghurFont), UYGHUR_FONT_FAMILY);
        if (!collection) {
            builder.useFont(this::fontStream, FONT_FAMILY);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (collection) {
                // The builder's useFont reads a single TrueType font; a .ttc needs the resolver's collection call.
                renderer.getFontResolver().addFontCollection(this::fontStream, FONT_FAMILY, 400, IdentValue.NORMAL, true);
            }
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private InputStream fontStream() {
        return new ByteArrayInputStream(font);
    }
}
