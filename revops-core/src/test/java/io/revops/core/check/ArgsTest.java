package io.revops.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @Test
  void textIsNonBlankAndBounded() {
    assertThat(Args.text("leadId", "L-1")).isEqualTo("L-1");
    assertThatThrownBy(() -> Args.text("leadId", null)).isInstanceOf(NullPointerException.class).hasMessage("leadId");
    assertThatThrownBy(() -> Args.text("leadId", " ")).hasMessage("leadId must not be blank: \" \"");
    assertThat(Args.text("leadId", "x".repeat(Args.MAX_TEXT_LENGTH))).hasSize(1000);
    assertThatThrownBy(() -> Args.text("leadId", "x".repeat(1001))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("leadId must be at most 1000 characters: \"xxx").hasMessageEndingWith("(1001 chars)\"");
    assertThat(Args.notBlank("reason", "y".repeat(5000))).hasSize(5000);
  }

  @Test
  void decimalsAreBoundedInDigitsAndExponent() {
    assertThat(Args.decimal("rate", " 0.25 ")).isEqualByComparingTo("0.25");
    assertThat(Args.decimal("rate", new BigDecimal("1e1000"))).isEqualByComparingTo("1e1000");
    assertThatThrownBy(() -> Args.decimal("rate", new BigDecimal("1e1001")))
        .hasMessage("rate must have a decimal exponent within ±1000, has 1001: 1E+1001");
    assertThatThrownBy(() -> Args.decimal("rate", "x1")).hasMessage("rate must be a decimal number: \"x1\"");
    assertThat(Args.decimal("rate", new BigDecimal("0E-999999999"))).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void countsSumsAndCollections() {
    assertThatThrownBy(() -> Args.count("mqls", -1)).hasMessage("mqls must not be negative: -1");
    assertThat(Args.sum("total", 1, 2)).isEqualTo(3);
    assertThatThrownBy(() -> Args.sum("sqls + rejected", Long.MAX_VALUE, 333))
        .hasMessage("sqls + rejected must not exceed 9223372036854775807: 9223372036854775807 + 333 overflows");
    assertThatThrownBy(() -> Args.sum("total", 1, Long.MAX_VALUE, 1)).hasMessageContaining("overflows");
    assertThatThrownBy(() -> Args.noNulls("criteria", Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("criteria must not contain null (element 1)");
    Map<String, String> m = new HashMap<>();
    m.put("MONDAY", null);
    assertThatThrownBy(() -> Args.noNulls("hours", m)).isInstanceOf(NullPointerException.class)
        .hasMessage("hours must not map MONDAY to null");
    assertThat(Args.noNulls("xs", List.of(1))).containsExactly(1);
    assertThatThrownBy(() -> Args.finite("p", Double.NaN)).hasMessage("p must be a finite number: NaN");
  }

  @Test
  void instantsAreWithinAMillionYears() {
    Instant far = Instant.parse("+100000-01-01T00:00:00Z");
    assertThat(Args.instant("asOf", far)).isEqualTo(far);
    assertThatThrownBy(() -> Args.instant("asOf", Instant.MAX))
        .hasMessage("asOf must be within years -1000000 and +1000000: +1000000000-12-31T23:59:59.999999999Z");
  }
}
