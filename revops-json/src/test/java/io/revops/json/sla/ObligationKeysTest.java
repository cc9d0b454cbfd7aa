package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.json.JsonCursor;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import io.revops.sla.Obligation;
import io.revops.sla.SlaReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON spelling of obligation keys: the agreement's key in snake case, read in any letter case, every other
 * spelling (the agreement's kebab case, camel case, an unknown kind) rejected with its path and the rule.
 */
class ObligationKeysTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  /** Reads {@code key} as the value of a field of a one-field object, as the report readers do. */
  private static String read(String key) throws IOException {
    try (JsonParser p = RevOpsJson.mapper().getFactory().createParser("{\"k\": 1}")) {
      JsonCursor in = JsonCursor.of(p);
      in.beginObject("an object");
      in.nextField();
      return ObligationKeys.fromJson(in, key);
    }
  }

  @Test
  void everyKindAndItsSecondObligationRoundTrip() throws IOException {
    for (Obligation.Type t : Obligation.Type.values()) {
      String json = ObligationKeys.toJson(t.kind());
      assertThat(json).doesNotContain("-").isEqualTo(t.kind().replace('-', '_'));
      assertThat(read(json)).isEqualTo(t.kind());
      assertThat(read(ObligationKeys.toJson(t.kind() + "#2"))).isEqualTo(t.kind() + "#2");
      assertThat(read(json.toUpperCase(java.util.Locale.ROOT))).isEqualTo(t.kind());
    }
    assertThat(ObligationKeys.toJson("steps-in-order#12")).isEqualTo("steps_in_order#12");
  }

  @Test
  void otherSpellingsAreRejectedWithTheRule() {
    assertThatThrownBy(() -> read("first-contact")).isInstanceOf(JsonPathException.class)
        .hasMessageStartingWith("$.k: expected an obligation key in lower snake case such as \"first_contact\"")
        .hasMessageContaining("got \"first-contact\"; the agreement's spelling is not the JSON's: write \"first_contact\"");
    assertThatThrownBy(() -> read("firstContact")).isInstanceOf(JsonPathException.class)
        .hasMessageContaining("(a kind: \"first_contact\", \"attempts\"").hasMessageContaining("got \"firstContact\"")
        .hasMessageNotContaining("agreement's spelling");
    assertThatThrownBy(() -> read("first_contact#0")).isInstanceOf(JsonPathException.class);
    assertThatThrownBy(() -> read("no_such_kind")).isInstanceOf(JsonPathException.class)
        .hasMessageContaining("got \"no_such_kind\"");
    assertThatThrownBy(() -> read("x".repeat(100_000))).isInstanceOf(JsonPathException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
  }

  @Test
  void theWriterTakesOnlyAnAgreementsKey() {
    assertThatThrownBy(() -> ObligationKeys.toJson(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    for (String bad : new String[] {"first_contact", "First-Contact", "first-contact#", "no-such-kind", "", "a".repeat(65)}) {
      assertThatThrownBy(() -> ObligationKeys.toJson(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("key must be an agreement's obligation key");
    }
  }

  @Test
  void theSchemasObligationKeyTakesWhatTheReaderTakes() throws IOException {
    String pattern = mapper.readTree(getClass().getResource("/io/revops/json/schema/revops.schema.json"))
        .at("/$defs/obligationKey/pattern").asText();
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
    for (Obligation.Type t : Obligation.Type.values()) {
      String json = ObligationKeys.toJson(t.kind());
      assertThat(p.matcher(json).find()).as(json).isTrue();
      assertThat(p.matcher(json + "#2").find()).as(json + "#2").isTrue();
      assertThat(p.matcher(t.kind()).find()).as(t.kind()).isEqualTo(!t.kind().contains("-"));
    }
    for (String bad : new String[] {"no_such_kind", "first_contact#0", "first_contact#", "firstContact"}) {
      assertThat(p.matcher(bad).find()).as(bad).isFalse();
      assertThatThrownBy(() -> read(bad)).isInstanceOf(JsonPathException.class);
    }
  }

  @Test
  void anSlaReportWithTheAgreementsSpellingIsRejectedWithItsPath() throws IOException {
    String golden = Files.readString(Path.of("src/test/resources/golden/sla-report.json"), StandardCharsets.UTF_8);
    assertThat(mapper.readValue(golden, SlaReport.class).compliance()).containsKey("first-contact");
    String old = golden.replaceFirst("\"first_contact\" : \\{", "\"first-contact\" : {");
    assertThatThrownBy(() -> mapper.readValue(old, SlaReport.class)).isInstanceOf(JsonPathException.class)
        .hasMessageStartingWith("$.compliance['first-contact']: expected an obligation key in lower snake case")
        .hasMessageContaining("write \"first_contact\"");
  }
}
