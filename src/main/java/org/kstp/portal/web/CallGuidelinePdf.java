package org.kstp.portal.web;

import java.util.Locale;
import org.kstp.common.BusinessTime;
import org.kstp.platform.PdfRenderer;
import org.kstp.program.CallView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The published call as a printable guideline PDF: the same facts as the portal page,
 * rendered from the live call, since a published guideline is a public document, not a receipt.
 */
@Component
class CallGuidelinePdf {

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final BusinessTime time;

    CallGuidelinePdf(ITemplateEngine templates, PdfRenderer pdf, BusinessTime time) {
        this.time = time;
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(CallView call, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("call", call);
        context.setVariable("zone", time.zone());
        context.setVariable("fontFamily", PdfRenderer.fontFamilies(locale));
        return pdf.render(templates.process("portal/call-pdf", context), null);
    }
}
