package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.history.LeadEventHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The clock rule over time, and streaming over a lazily generated input. */
class StatusRuleTest {
  private static final Instant MQL = msk("2026-11-23T17:30");
  private static final SlaEvaluator HANDBOOK = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()));

  private static int rank(VerdictStatus s) {
    return switch (s) {
      case PENDING -> 0;
      case AT_RISK -> 1;
      case BREACHED -> 2;
      default -> throw new AssertionError(s);
    };
  }

  @Test
  void withoutContactTheStatusOnlyMovesFromPendingToAtRiskToBreached() {
    LeadEventHistory h = mql("L", MQL, "webinar").build();
    qt().withExamples(200).forAll(integers().between(0, 30 * 24 * 60), integers().between(0, 30 * 24 * 60))
        .checkAssert((a, b) -> {
          Instant early = MQL.plus(Duration.ofMinutes(Math.min(a, b)));
          Instant late = MQL.plus(Duration.ofMinutes(Math.max(a, b)));
          for (String key : List.of("first-contact", "attempts")) {
            VerdictStatus s1 = HANDBOOK.evaluate(SlaInput.of(h), early).verdict(key).orElseThrow().status();
            VerdictStatus s2 = HANDBOOK.evaluate(SlaInput.of(h), late).verdict(key).orElseThrow().status();
            assertThat(rank(s1)).isLessThanOrEqualTo(rank(s2));
          }
        });
  }

  @Test
  void eachObligationOnlyReachesTheStatesItCanBeIn() {
    java.util.Map<String, java.util.Set<VerdictStatus>> possible = java.util.Map.of(
        "first-contact", java.util.EnumSet.allOf(VerdictStatus.class),
        "attempts", java.util.EnumSet.allOf(VerdictStatus.class),
        "rejection-reason", java.util.EnumSet.complementOf(java.util.EnumSet.of(VerdictStatus.AT_RISK)),
        "steps-in-order", java.util.EnumSet.complementOf(java.util.EnumSet.of(VerdictStatus.AT_RISK)));
    java.util.Set<VerdictStatus> instant = java.util.EnumSet.of(VerdictStatus.MET, VerdictStatus.BREACHED,
        VerdictStatus.NOT_APPLICABLE);
    SlaEvaluator e = HANDBOOK.withCriteriaCheck(RandomLeads::check);
    qt().withExamples(30).forAll(org.quicktheories.generators.SourceDSL.longs().all(), integers().between(0, 90))
        .checkAssert((seed, days) -> {
          Instant asOf = RandomLeads.START.plus(Duration.ofDays(days));
          for (RandomLeads.Raw raw : RandomLeads.generate(seed, 15)) {
            e.evaluate(raw.input(), asOf).verdicts().forEach((k, v) ->
                assertThat(v.status()).as(k).isIn(possible.getOrDefault(k, instant)));
          }
          e.evaluate(List.<SlaInput>of(), asOf).report().quota()
              .forEach(q -> assertThat(q.status()).isNotEqualTo(VerdictStatus.NOT_APPLICABLE));
        });
  }

  @Test
  void anIteratorIsConsumedLazilyAndEveryLeadReachesTheSink() {
    int n = 3000;
    AtomicInteger generated = new AtomicInteger();
    Iterator<SlaInput> lazy = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return generated.get() < n;
      }

      @Override
      public SlaInput next() {
        int i = generated.getAndIncrement();
        return SlaInput.of(mql("L" + i, MQL.minus(Duration.ofMinutes(i)), i % 2 == 0 ? "webinar" : "referral")
            .build());
      }
    };
    List<String> sunk = new ArrayList<>();
    SlaReport r = HANDBOOK.evaluate(lazy, msk("2026-12-01T00:00"), v -> sunk.add(v.leadId().value()));
    assertThat(sunk).hasSize(n);
    assertThat(r.mqls()).isEqualTo(n);
    assertThat(r.compliance("first-contact").breached()).isEqualTo(n);
    assertThat(r.weeklyConversion().stream().mapToLong(c -> c.total().mqls()).sum()).isEqualTo(n);
  }
}
