package io.revops.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void isHalfOpenEndingAtAsOf() {
    Window w = Window.lastDays(30);
    assertThat(w.contains(AS_OF, AS_OF)).isTrue();
    assertThat(w.contains(AS_OF.minus(Duration.ofDays(30)).plusNanos(1), AS_OF)).isTrue();
    assertThat(w.contains(AS_OF.minus(Duration.ofDays(30)), AS_OF)).isFalse();
    assertThat(w.contains(AS_OF.plusNanos(1), AS_OF)).isFalse();
    assertThat(Window.unbounded().contains(Instant.EPOCH, AS_OF)).isTrue();
    assertThat(Window.unbounded().contains(AS_OF.plusSeconds(1), AS_OF)).isFalse();
  }

  @Test
  void printsAndParsesBack() {
    assertThat(Window.lastDays(30)).hasToString("last 30 days");
    assertThat(Window.lastDays(1)).hasToString("last 1 day");
    assertThat(Window.last(Duration.ofHours(36))).hasToString("last 36 hours");
    assertThat(Window.unbounded()).hasToString("all time");
    assertThat(Window.parse("P30D")).isEqualTo(Window.lastDays(30));
    assertThat(Window.lastDays(30).toIso()).contains("P30D");
    assertThat(Window.last(Duration.ofMinutes(90)).toIso()).contains("PT1H30M");
    assertThat(Window.unbounded().toIso()).isEmpty();
    qt().forAll(integers().between(1, 100_000)).checkAssert(n -> {
      for (Window w : new Window[] {Window.lastDays(n), Window.last(Duration.ofSeconds(n)), Window.last(Duration.ofMinutes(n))}) {
        assertThat(Window.parse(w.toString())).isEqualTo(w);
        assertThat(Window.parse(w.toIso().orElseThrow())).isEqualTo(w);
      }
    });
    assertThat(Window.parse("all time")).isEqualTo(Window.unbounded());
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Window.lastDays(0)).hasMessage("window days must be positive: 0");
    assertThatThrownBy(() -> Window.last(Duration.ZERO)).hasMessage("window must be positive: PT0S");
    assertThatThrownBy(() -> Window.parse("a month")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be \"all time\", \"last N days\" or an ISO-8601 duration such as P30D: \"a month\"");
  }

  @Test
  void fractionalWindowPrintsAsIsoAndParsesBack() {
    Window half = Window.last(Duration.ofMillis(500));
    assertThat(half).hasToString("PT0.5S");
    assertThat(Window.parse(half.toString())).isEqualTo(half);
    qt().forAll(integers().between(1, 100_000)).checkAssert(ms -> {
      Window w = Window.last(Duration.ofMillis(ms).plusNanos(1));
      assertThat(Window.parse(w.toString())).isEqualTo(w);
    });
  }
}
