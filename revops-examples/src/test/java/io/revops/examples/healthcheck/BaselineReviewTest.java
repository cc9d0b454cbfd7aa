package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.examples.healthcheck.HealthCheckTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check's "since the baseline" section ({@code --baseline}). */
class BaselineReviewTest {

  @Test
  void theReportGainsASinceTheBaselineSection(@TempDir Path dir) throws Exception {
    Run r = HealthCheckTest.run("--out", dir.toString(), "--baseline", "2025-07..2025-12");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Since the baseline (2025-07..2025-12 → 2026-07..2026-12), 95% intervals",
        "win rate: ", "the handbook's +10–20% (sales efficiency)", "sales cycle (won deals): median",
        "seed 42", "speed to lead (MQLs answered within 5 min)", "SLA first-contact: ", "CAC: ", "NRR: ",
        "Stage that moved the outcome most: ");
    String section = r.out().substring(r.out().indexOf("Since the baseline"), r.out().indexOf("\nwrote "));
    assertThat(Files.readString(dir.resolve("since-baseline.txt"), StandardCharsets.UTF_8).strip())
        .isEqualTo(section.strip());
    // the same run twice gives the same section: the bootstrap's seed is fixed, nothing reads the clock
    Run again = HealthCheckTest.run("--out", dir.toString(), "--baseline", "2025-07..2025-12");
    assertThat(again.out()).isEqualTo(r.out());
  }

  @Test
  void withoutTheOptionThereIsNoSection(@TempDir Path dir) {
    Run r = HealthCheckTest.run("--out", dir.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("Since the baseline");
    assertThat(dir.resolve("since-baseline.txt")).doesNotExist();
  }

  @Test
  void aBaselineThatOverlapsTheCurrentPeriodOrDoesNotParseIsRejected(@TempDir Path dir) {
    Run overlap = HealthCheckTest.run("--out", dir.toString(), "--baseline", "2026-11..2026-12");
    assertThat(overlap.status()).isEqualTo(2);
    assertThat(overlap.err()).contains("--baseline must end before the current period 2026-11..2026-12 starts");
    Run bad = HealthCheckTest.run("--out", dir.toString(), "--baseline", "last year");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("month range must read like 2026-03 or 2026-01..2026-03");
  }
}
