package io.revops.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Findings;
import io.revops.core.quality.DataQuality;
import io.revops.core.quality.DataQualityReport;
import io.revops.core.quality.Inn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Duplicate detection on a generated set with known duplicates: precision and recall both >= 0.95. */
class DuplicateSetTest {
  private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void precisionAndRecallAreAtLeast95Percent() {
    DuplicateSet set = DuplicateSet.generate(20_000, 7, AS_OF);
    Findings findings = Findings.create();
    DataQualityReport report = DataQuality.defaultRegion("RU").check(set.records(), AS_OF, "generated", findings);
    DuplicateSet.Scores scores = set.score(report);
    assertThat(findings.all()).isEmpty();
    assertThat(set.records().size()).isGreaterThan(25_000);
    assertThat(scores.truePairs()).isGreaterThan(5_000);
    assertThat(set.undetectable()).isPositive();
    assertThat(scores.precision()).as("%s", scores).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.recall()).as("%s", scores).isGreaterThanOrEqualTo(0.95).isLessThan(1.0);
    assertThat(report.leadsCountedTwice()).isBetween((long) (0.9 * (set.records().size() - set.people())),
        (long) (set.records().size() - set.people()));
  }

  @Test
  void theGeneratedInnsAreValid() {
    for (int i = 0; i < 1000; i += 10) {
      assertThat(Inn.isValid(DuplicateSet.inn(i))).as(DuplicateSet.inn(i)).isTrue();
    }
  }
}
