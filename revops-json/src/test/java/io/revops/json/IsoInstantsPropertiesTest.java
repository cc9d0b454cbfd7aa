package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-written parser of plain UTC instants agrees with {@link Instant#parse} on every text. */
class IsoInstantsPropertiesTest {
  private static Optional<Instant> jdk(String s) {
    try {
      return Optional.of(Instant.parse(s));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> ours(String s) {
    try {
      return Optional.of(IsoInstants.parse(s));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void everyInstantItWritesIsReadBackAsTheJdkReadsIt() {
    // years 0000-9999, any nanosecond: Instant.toString writes 0, 3, 6 or 9 fraction digits
    qt().withExamples(20_000).forAll(longs().between(-62_167_219_200L, 253_402_300_799L), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          String text = Instant.ofEpochSecond(seconds, nanos).toString();
          assertThat(IsoInstants.plainUtc(text.toCharArray(), 0, text.length())).as(text).isNotNull();
          assertThat(ours(text)).as(text).isEqualTo(jdk(text)).contains(Instant.ofEpochSecond(seconds, nanos));
        });
  }

  @Test
  void everyFieldCombinationAgreesWithTheJdkIncludingInvalidOnes() {
    qt().withExamples(20_000).forAll(integers().between(0, 9999),
        integers().between(0, 13).zip(integers().between(0, 32), (mo, d) -> new int[] {mo, d}),
        integers().between(0, 25).zip(integers().between(0, 61), integers().between(0, 61), (h, mi, s) -> new int[] {h, mi, s}),
        integers().between(0, 10))
        .checkAssert((y, md, hms, fraction) -> {
          String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", y, md[0], md[1], hms[0], hms[1], hms[2],
              fraction == 0 ? "" : "." + "123456789".repeat(2).substring(0, fraction));
          assertThat(ours(text)).as(text).isEqualTo(jdk(text));
        });
  }

  @Test
  void mutatedTextsAgreeWithTheJdk() {
    String base = "2024-02-29T23:59:59.123Z";
    qt().withExamples(20_000).forAll(integers().between(0, base.length() - 1),
        strings().ascii().ofLengthBetween(0, 2))
        .checkAssert((at, replacement) -> {
          String text = base.substring(0, at) + replacement + base.substring(Math.min(base.length(), at + 1));
          assertThat(ours(text)).as(text).isEqualTo(jdk(text));
        });
  }

  @Test
  void theFallbackReadsWhatTheFastPathLeaves() {
    for (String text : new String[] {"2026-03-06T14:30:00+03:00", "2016-12-31T23:59:60Z", "2026-03-06t14:30:00z",
        "+10000-01-01T00:00:00Z", "2026-03-06T14:30Z"}) {
      assertThat(ours(text)).as(text).isEqualTo(jdk(text));
    }
  }
}
