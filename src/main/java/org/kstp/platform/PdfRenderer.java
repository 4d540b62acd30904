package org.kstp.platform;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF with a CJK font, for receipts now and call guidelines later. Chinese needs a
 * TrueType font embedded in the file (the standard PDF fonts have no Han glyphs), so the font is part
 * of the product: WenQuanYi Zen Hei ships in the jar (GPL-2 with the font-embedding exception, see
 * fonts/wqy-zenhei.COPYRIGHT); {@code kstp.pdf.font} may point at another TrueType file or collection.
 * Stylesheets name the family {@value #FONT_FAMILY}.
 */
@Component
public class PdfRenderer {

    /** The CSS font-family under which the CJK font is registered. */
    public static final String FONT_FAMILY = "kstp-cjk";

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String BUNDLED = "fonts/wqy-zenhei.ttc";

    private final byte[] font;
    private final boolean collection;

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
        this.collection = font.length > 4 && font[0] == 't' && font[1] == 't' && font[2] == 'c' && font[3] == 'f';
        log.info("PDF font: {} ({} bytes{})", configured != null ? configured : "classpath:" + BUNDLED, font.length,
                collection ? ", collection" : "");
    }

    /** Renders well-formed XHTML; {@code baseUri} resolves relative links and images (may be null). */
    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                .withHtmlContent(xhtml, baseUri).toStream(out);
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
