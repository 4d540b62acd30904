package org.kstp.review.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.platform.PdfRenderer;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalParticipants;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.scoring.AnonymousReview;
import org.kstp.review.scoring.ScoreSheet;
import org.kstp.review.scoring.SheetCriterion;
import org.kstp.review.scoring.ScoringService;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds the anonymised feedback. Only the PI, team members with accounts and bureau staff may see
 * it (anyone else gets "not found", as for the proposal itself), and only once the proposal is
 * approved or declined, so no one learns scores while the decision can still be lobbied.
 */
@Service
public class FeedbackService {

    private final ProposalApi proposals;
    private final ScoringService scoring;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    FeedbackService(ProposalApi proposals, ScoringService scoring, ITemplateEngine templates, PdfRenderer pdf) {
        this.proposals = proposals;
        this.scoring = scoring;
        this.templates = templates;
        this.pdf = pdf;
    }

    public Feedback feedback(UUID proposalId, Actor actor) {
        ProposalSummary p = proposals.summary(proposalId);
        if (!mayRead(actor, proposals.participants(proposalId))) {
            throw new NotFound("review-feedback", proposalId);
        }
        if (!"APPROVED".equals(p.status()) && !"DECLINED".equals(p.status())) {
            throw new RuleViolation("review.feedback.notYet");
        }
        ScoreSheet sheet = scoring.sheetOf(proposalId);
        List<AnonymousReview> reviews = AnonymousReview.anonymise(scoring.validInOrder(proposalId));
        Map<ScoreCriterion, BigDecimal> means = new EnumMap<>(
                ScoreCriterion.class);
        for (SheetCriterion c : sheet.criteria()) {
            List<Integer> given = reviews.stream().map(r -> r.scores().get(c.criterion())).filter(Objects::nonNull)
                    .toList();
            if (!given.isEmpty()) {
                means.put(c.criterion(), BigDecimal.valueOf(given.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP));
            }
        }
        BigDecimal mean = reviews.isEmpty() ? null : reviews.stream().map(AnonymousReview::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
        return new Feedback(p, sheet, reviews, means, mean);
    }

    public byte[] pdf(UUID proposalId, Actor actor, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("f", feedback(proposalId, actor));
        context.setVariable("fontFamily", PdfRenderer.fontFamilies(locale));
        return pdf.render(templates.process("review/feedback-pdf", context), null);
    }

    static boolean mayRead(Actor actor, ProposalParticipants team) {
        return actor.has(Role.BUREAU_STAFF) || actor.accountId().equals(team.piAccountId())
                || team.team().stream().anyMatch(m -> actor.accountId().equals(m.accountId()));
    }
}
