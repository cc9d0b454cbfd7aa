package io.revops.metrics.conversion;

import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.Amounts;
import java.time.Duration;
import java.time.Instant;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random lead histories for property tests: a funnel walk in days from 2026-01-01, sometimes anomalous. */
public final class Histories {
  /** The origin of generated histories. */
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Histories() {}

  /** The instant {@code days} days after {@link #T0}. */
  public static Instant day(long days) {
    return T0.plus(Duration.ofDays(days));
  }

  /**
   * A history: created on day c (0..59) from one of three sources; then possibly MQL, contact, SQL, and won or
   * lost, each a few days later; outcome 4 gives a history that is both won and lost (an anomaly).
   */
  public static Gen<LeadEventHistory> histories() {
    return integers().between(0, 9_999).zip(integers().between(0, 59), integers().between(0, 4),
        integers().between(0, 20), Generate.pick(java.util.List.of("ads", "webinar", "referral")),
        (id, created, depth, gap, source) -> {
          LeadEventHistory.Builder b = LeadEventHistory.builder("L-" + id).created(day(created), source);
          long t = created;
          if (depth >= 1) {
            b.becameMql(day(t += gap % 5));
            b.contactAttempt(day(t += 1), "rep", io.revops.core.history.ContactChannel.PHONE,
                io.revops.core.history.AttemptOutcome.REACHED);
          }
          if (depth >= 2) {
            b.acceptedAsSql(day(t += gap), "rep");
          }
          if (depth >= 3) {
            t += gap * 3 + 1;
            if (gap % 2 == 0) {
              b.won(day(t), "rep", Amounts.of(1000, "RUB"));
            } else {
              b.lost(day(t), "rep", "no budget");
            }
          }
          if (depth == 4) {
            b.lost(day(t + 1), "rep", "changed their mind"); // after a possible win: WON_AND_LOST anomaly
          }
          return b.build();
        });
  }
}
