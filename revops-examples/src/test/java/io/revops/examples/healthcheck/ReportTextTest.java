package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.examples.report.ReportLocale;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The library's reasons quote instants in UTC; the report shows them as it shows every time: in the agreement's zone. */
class ReportTextTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @Test
  void instantsQuotedByTheLibraryAreShownInTheReportsZoneAndFormat() {
    for (ReportLocale locale : ReportLocale.values()) {
      ReportText t = ReportText.of(locale, MOSCOW);
      Instant due = Instant.parse("2026-11-02T07:00:00Z");
      String shown = t.quoted("no first contact by " + due + " (due 2026-11-02T07:00:00.5Z); 3 attempts");
      assertThat(shown).doesNotContain("T07:00").contains(t.time(due)).endsWith("; 3 attempts")
          .startsWith("no first contact by ");
      assertThat(t.time(due)).contains("10:00"); // Moscow is UTC+3
    }
  }

  @Test
  void textWithoutInstantsIsLeftAsItIs() {
    ReportText t = ReportText.of(ReportLocale.RU, MOSCOW);
    assertThat(t.quoted("MQL criteria not met: budget under 1 000 000 RUB, 2026-11-02 (a date)"))
        .isEqualTo("MQL criteria not met: budget under 1 000 000 RUB, 2026-11-02 (a date)");
  }
}
