package io.revops.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code Texts.instant}, which writes whole-second instants of years 1000-9999 by hand, writes them as {@code OffsetDateTime} does. */
class InstantTextTest {

  private static String reference(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
  }

  @Test
  void writesEveryInstantAsOffsetDateTimeDoes() {
    // whole seconds across and around the four-digit years, now and then on a whole minute or hour, sometimes with nanos
    qt().withExamples(20_000)
        .forAll(longs().between(-40_000_000_000L, 260_000_000_000L), integers().between(0, 5), integers().between(0, 999_999_999))
        .checkAssert((seconds, kind, nanos) -> {
          long s = switch (kind) {
            case 0 -> seconds - Math.floorMod(seconds, 60);
            case 1 -> seconds - Math.floorMod(seconds, 3_600);
            default -> seconds;
          };
          Instant at = Instant.ofEpochSecond(s, kind == 5 ? nanos : 0);
          assertThat(Texts.instant(at)).isEqualTo(reference(at));
        });
  }

  @Test
  void writesTheEdgesOfTheHandWrittenRange() {
    for (String text : new String[] {"1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-11-22T10:00:00Z", "2026-11-22T10:00:05Z",
        "2026-11-22T10:00:00.5Z"}) {
      Instant at = Instant.parse(text);
      assertThat(Texts.instant(at)).isEqualTo(reference(at));
    }
    assertThat(Texts.instant(Instant.parse("2026-11-22T10:00:00Z"))).isEqualTo("2026-11-22T10:00Z");
    assertThat(Texts.instant(Instant.parse("2026-03-06T04:05:06Z"))).isEqualTo("2026-03-06T04:05:06Z");
  }
}
