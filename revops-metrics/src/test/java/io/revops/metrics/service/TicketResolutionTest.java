package io.revops.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.metrics.MetricResult;
import io.revops.metrics.SplitMerge;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Ticket resolution time: mean, median, open tickets, bad input, and the accumulator law. */
class TicketResolutionTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Ticket resolvedAfter(String id, Duration d) {
    return Ticket.resolved(id, T0, T0.plus(d));
  }

  @Test
  void meanAndMedianOfResolvedTicketsOpenOnesCounted() {
    MetricResult<ResolutionTimes> r = TicketResolution.of(List.of(
        resolvedAfter("T-1", Duration.ofHours(2)),
        resolvedAfter("T-2", Duration.ofHours(4)),
        resolvedAfter("T-3", Duration.ofHours(9)),
        Ticket.open("T-4", T0)));

    assertThat(r.value().mean()).isEqualTo(Duration.ofHours(5));
    assertThat(r.value().median()).isEqualTo(Duration.ofHours(4));
    assertThat(r.value().resolved()).isEqualTo(3);
    assertThat(r.value().open()).isEqualTo(1);
    assertThat(r).hasToString(
        "ticket resolution time = mean PT5H, median PT4H (3 resolved tickets, 1 open ticket excluded)");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    MetricResult<ResolutionTimes> r = TicketResolution.of(List.of(
        resolvedAfter("a", Duration.ofNanos(1)), resolvedAfter("b", Duration.ofNanos(2)),
        resolvedAfter("c", Duration.ofNanos(4)), resolvedAfter("d", Duration.ofNanos(100))));

    assertThat(r.value().median()).as("3 ns: exact").isEqualTo(Duration.ofNanos(3));
    assertThat(r.value().mean()).as("107/4 = 26.75 ns").isEqualTo(Duration.ofNanos(27));
    assertThat(TicketResolution.of(List.of(resolvedAfter("a", Duration.ofNanos(1)), resolvedAfter("b", Duration.ofNanos(2))),
        RoundingMode.DOWN).value().median()).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void noResolvedTicketsIsNotComputable() {
    assertThat(TicketResolution.of(List.of(Ticket.open("T-1", T0)))).hasToString(
        "ticket resolution time not computable: no resolved tickets (0 resolved tickets, 1 open ticket excluded)");
  }

  @Test
  void resolutionBeforeOpeningIsRejected() {
    assertThatThrownBy(() -> Ticket.resolved("T-1", T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolvedAt must not be before openedAt: resolvedAt=2026-03-02T08:59:59Z, "
            + "openedAt=2026-03-02T09:00:00Z (ticket T-1)");
  }

  @Test
  void mergingThePartsOfAnySplitEqualsTheWhole() {
    Gen<Ticket> tickets = longs().between(-1, 10_000_000_000_000L)
        .map(n -> n < 0 ? Ticket.open("T", T0) : resolvedAfter("T", Duration.ofNanos(n)));
    qt().withExamples(300).forAll(SplitMerge.dealt(tickets, 40)).checkAssert(dealt -> {
      MetricResult<ResolutionTimes> whole = SplitMerge.whole(dealt, TicketResolutionAccumulator::create);
      MetricResult<ResolutionTimes> merged = SplitMerge.merged(dealt, TicketResolutionAccumulator::create);
      assertThat(merged).isEqualTo(whole);
      whole.toOptional().ifPresent(t -> assertThat(t.resolved() + t.open()).isEqualTo(dealt.size()));
    });
  }

  @Test
  void negativeTimesAreRejectedNamingTheParameter() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ResolutionTimes.of(java.time.Duration.ofHours(-1), java.time.Duration.ofHours(1), 1, 0))
        .withMessage("mean must not be negative: PT-1H");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ResolutionTimes.of(java.time.Duration.ofHours(1), java.time.Duration.ofHours(-2), 1, 0))
        .withMessage("median must not be negative: PT-2H");
  }
}
