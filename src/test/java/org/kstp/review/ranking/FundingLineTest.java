package org.kstp.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.review.ranking.FundingLine.Candidate;
import org.kstp.review.ranking.FundingLine.Position;

/** The funding line at the exact budget boundary, to the fen. */
class FundingLineTest {

    private static Candidate c(String amount) {
        return new Candidate(UUID.randomUUID(), new BigDecimal(amount), true);
    }

    @Test
    void reachingTheBudgetExactlyIsAboveTheLineOneFenMoreIsNot() {
        List<Position> exact = FundingLine.draw(List.of(c("100000.00"), c("200000.00"), c("0.01")),
                new BigDecimal("300000.00"));
        assertThat(exact).extracting(Position::aboveLine).containsExactly(true, true, false);
        assertThat(exact.get(1).cumulative()).isEqualByComparingTo("300000.00");
        assertThat(exact.get(2).cumulative()).isEqualByComparingTo("300000.01");

        List<Position> over = FundingLine.draw(List.of(c("100000.00"), c("200000.01")), new BigDecimal("300000.00"));
        assertThat(over).extracting(Position::aboveLine).containsExactly(true, false);
    }

    @Test
    void belowTheLineStaysBelowEvenIfACheaperOneWouldFit() {
        List<Position> p = FundingLine.draw(List.of(c("250000.00"), c("100000.00"), c("10000.00")),
                new BigDecimal("300000.00"));
        assertThat(p).extracting(Position::aboveLine).containsExactly(true, false, false);
    }

    @Test
    void rejectedProposalsTakeNoMoney() {
        Candidate rejected = new Candidate(UUID.randomUUID(), new BigDecimal("250000.00"), false);
        List<Position> p = FundingLine.draw(List.of(rejected, c("200000.00"), c("100000.00")),
                new BigDecimal("300000.00"));
        assertThat(p).extracting(Position::aboveLine).containsExactly(false, true, true);
        assertThat(p.get(2).cumulative()).isEqualByComparingTo("300000.00");
    }

    @Test
    void aFullItemSendsItsNextProposalsToTheReserveWithoutMovingTheLineForOtherItems() {
        UUID fruit = UUID.randomUUID();
        UUID water = UUID.randomUUID();
        List<Position> p = FundingLine.draw(List.of(
                        new Candidate(UUID.randomUUID(), new BigDecimal("100000.00"), true, fruit),
                        new Candidate(UUID.randomUUID(), new BigDecimal("100000.00"), true, fruit),
                        new Candidate(UUID.randomUUID(), new BigDecimal("100000.00"), true, water),
                        new Candidate(UUID.randomUUID(), new BigDecimal("100000.00"), true, water)),
                new BigDecimal("300000.00"), java.util.Map.of(fruit, 1));
        assertThat(p).extracting(Position::aboveLine).containsExactly(true, false, true, true);
        assertThat(p).extracting(Position::itemFull).containsExactly(false, true, false, false);
        assertThat(p.get(3).cumulative()).isEqualByComparingTo("300000.00");
    }
}
