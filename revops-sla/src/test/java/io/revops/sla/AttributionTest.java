package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The group of a lead's source or rep: a known name, or the absence of one, never confused. */
class AttributionTest {
  @Test
  void anAbsenceIsKeyedByItsLabelAndAKnownNameByItself() {
    assertThat(Attribution.source(Optional.empty())).isSameAs(Attribution.UNKNOWN_SOURCE);
    assertThat(Attribution.rep(Optional.empty())).isSameAs(Attribution.UNASSIGNED);
    assertThat(Attribution.UNKNOWN_SOURCE.key()).isEqualTo("(unknown)").isEqualTo(LeadVerdicts.UNKNOWN_SOURCE);
    assertThat(Attribution.UNASSIGNED.key()).isEqualTo("(unassigned)").isEqualTo(LeadVerdicts.UNASSIGNED);
    assertThat(Attribution.UNKNOWN_SOURCE.isKnown()).isFalse();
    assertThat(Attribution.UNKNOWN_SOURCE.name()).isEmpty();
    Attribution webinar = Attribution.source(Optional.of("webinar"));
    assertThat(webinar.isKnown()).isTrue();
    assertThat(webinar.name()).contains("webinar");
    assertThat(webinar.key()).isEqualTo("webinar");
    assertThat(webinar).hasToString("webinar").isEqualTo(Attribution.known("webinar"));
    // names that merely start like a label are their own keys
    assertThat(Attribution.known("(unknown")).hasToString("(unknown");
    assertThat(Attribution.known("(unknown) ads")).hasToString("(unknown) ads");
    assertThat(Attribution.known("\\webinar")).hasToString("\\webinar");
  }

  @Test
  void aNameThatReadsLikeALabelIsEscapedSoItIsNotTheAbsence() {
    Attribution literal = Attribution.known("(unknown)");
    assertThat(literal.key()).isEqualTo("\\(unknown)");
    assertThat(literal).isNotEqualTo(Attribution.UNKNOWN_SOURCE);
    assertThat(literal.name()).contains("(unknown)");
    assertThat(Attribution.known("(unassigned)").key()).isEqualTo("\\(unassigned)");
    assertThat(Attribution.known("\\(unknown)").key()).isEqualTo("\\\\(unknown)");
    assertThat(Attribution.known("\\\\(unassigned)").key()).isEqualTo("\\\\\\(unassigned)");
  }

  @Test
  void parseReadsEveryKeyBack() {
    assertThat(Attribution.parse("(unknown)")).isSameAs(Attribution.UNKNOWN_SOURCE);
    assertThat(Attribution.parse("(unassigned)")).isSameAs(Attribution.UNASSIGNED);
    assertThat(Attribution.parse("\\(unknown)").name()).contains("(unknown)");
    assertThat(Attribution.parse("\\\\(unassigned)").name()).contains("\\(unassigned)");
    assertThat(Attribution.parse("webinar").name()).contains("webinar");
    // a known name of the longest length keeps its key when escaped
    String longest = "\\".repeat(1_000 - "(unknown)".length()) + "(unknown)";
    assertThat(Attribution.parse(Attribution.known(longest).key()).name()).contains(longest);
  }

  /** Names drawn to hit the labels, their escapes and their near misses often. */
  private static Gen<String> names() {
    List<String> parts = List.of("(unknown)", "(unassigned)", "\\", "(", ")", "unknown", "a", " ");
    return lists().of(integers().between(0, parts.size() - 1)).ofSizeBetween(1, 4)
        .map(ix -> ix.stream().map(parts::get).collect(Collectors.joining())).assuming(s -> !s.isBlank());
  }

  @Test
  void distinctGroupsHaveDistinctKeysAndParseInvertsKey() {
    qt().withExamples(5_000).forAll(names(), names()).checkAssert((a, b) -> {
      Attribution x = Attribution.known(a);
      Attribution y = Attribution.known(b);
      assertThat(Attribution.parse(x.key())).isEqualTo(x).extracting(Attribution::name).isEqualTo(Optional.of(a));
      assertThat(x.key().equals(y.key())).as("%s vs %s", a, b).isEqualTo(a.equals(b));
      assertThat(x.key()).isNotEqualTo(Attribution.UNKNOWN_SOURCE.key()).isNotEqualTo(Attribution.UNASSIGNED.key());
      assertThat(x).isNotEqualTo(Attribution.UNKNOWN_SOURCE).isNotEqualTo(Attribution.UNASSIGNED);
    });
  }

  @Test
  void badNamesAndKeysAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Attribution.known(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> Attribution.known(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Attribution.source(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> Attribution.parse("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be blank: \"\"");
    assertThatThrownBy(() -> Attribution.parse("x".repeat(100_000))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key must be at most 1001 characters").hasMessageEndingWith("(100000 chars)\"");
    assertThatThrownBy(() -> Attribution.parse("x".repeat(1_001))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key must be at most 1000 characters");
  }
}
