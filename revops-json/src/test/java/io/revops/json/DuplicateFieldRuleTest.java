package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import io.revops.core.history.LeadEvent;
import io.revops.core.qualification.Criterion;
import io.revops.sla.SlaAgreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One rule for a field given twice, whichever way the JSON is read: a JSON Lines event read by the streaming
 * decoders, a decoder on the raw parser, the mapper's revops types (streamed or read as trees: events, criteria,
 * agreements), Jackson's own trees and maps under {@link RevOpsJson#mapper()}, and a consumer's plain mapper with
 * revops' modules. Each failure is a {@link JsonPathException} with the field's path and the same rule text.
 */
class DuplicateFieldRuleTest {
  private static final String RULE = "duplicate field \"%s\"; a field is given at most once";
  private final ObjectMapper mapper = RevOpsJson.mapper();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static String golden(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/golden", name + ".json"), StandardCharsets.UTF_8);
  }

  /** The failure of reading {@code json} as {@code type} with {@code m}: a path-carrying one. */
  private static JsonPathException failure(ObjectMapper m, String json, Class<?> type) {
    JsonPathException e = catchThrowableOfType(JsonPathException.class, () -> m.readValue(json, type));
    assertThat(e).as("reading %s as %s", json, type.getSimpleName()).isNotNull();
    return e;
  }

  @Test
  void aJsonLinesEventAndTheMapperGiveTheSameRule() throws IOException {
    String line = q("{'type':'became_mql','id':'e1','leadId':'L','at':'2026-03-06T14:30:00Z','leadId':'M'}");
    Findings findings = Findings.create();
    try (JsonLines<LeadEvent> lines = JsonLines.read(line, "e.jsonl", Decoders.LEAD_EVENT, findings)) {
      assertThat(lines.stream().toList()).isEmpty();
    }
    Finding f = findings.all().get(0);
    assertThat(f.field()).hasValue("$.leadId");
    assertThat(f.value()).hasValue("leadId");
    assertThat(f.rule()).isEqualTo(RULE.formatted("leadId"));

    JsonPathException viaMapper = failure(mapper, line, LeadEvent.class);
    assertThat(viaMapper.path()).isEqualTo(f.field().orElseThrow());
    assertThat(viaMapper.problem()).isEqualTo(f.rule());
    assertThat(viaMapper.getMessage()).startsWith("$.leadId: " + RULE.formatted("leadId"));
  }

  @Test
  void criteriaAndAgreementsReadThroughTheMapperGiveTheSameRule() throws IOException {
    // a criterion is read as a tree, an agreement with a cursor: both reject the second "name" alike
    String criterion = golden("criterion").replaceFirst("\"name\" : \"MQL\",", "\"name\" : \"MQL\", \"name\" : \"X\",");
    JsonPathException c = failure(mapper, criterion, Criterion.class);
    assertThat(c.path()).isEqualTo("$.name");
    assertThat(c.problem()).isEqualTo(RULE.formatted("name"));

    String agreement = golden("agreement").replaceFirst("\"quota\" : 125", "\"quota\" : 125, \"quota\" : 126");
    JsonPathException a = failure(mapper, agreement, SlaAgreement.class);
    assertThat(a.path()).isEqualTo("$.obligations[0].quota");
    assertThat(a.problem()).isEqualTo(RULE.formatted("quota"));

    // deep inside the agreement's criterion, and inside a money object
    String deep = golden("agreement").replaceFirst("\"currency\" : \"RUB\"", "\"currency\" : \"RUB\", \"currency\" : \"USD\"");
    JsonPathException d = failure(mapper, deep, SlaAgreement.class);
    assertThat(d.path()).endsWith(".min.currency").startsWith("$.obligations[1].criterion.of[0].of[1]");
    assertThat(d.problem()).isEqualTo(RULE.formatted("currency"));
  }

  @Test
  void jacksonsOwnTreesAndMapsUnderTheMapperGiveTheSameRule() {
    assertThatThrownBy(() -> mapper.readTree(q("{'a':{'b':1,'c':[{'d':1,'d':2}]}}")))
        .isInstanceOfSatisfying(JsonPathException.class, e -> {
          assertThat(e.path()).isEqualTo("$.a.c[0].d");
          assertThat(e.problem()).isEqualTo(RULE.formatted("d"));
        });
    JsonPathException m = failure(mapper, q("{'x':1,'y':2,'x':3}"), Map.class);
    assertThat(m.path()).isEqualTo("$.x");
    assertThat(m.problem()).isEqualTo(RULE.formatted("x"));
    // a copy of the mapper and the bare factory keep the rule
    JsonPathException copy = failure(mapper.copy(), q("{'x':1,'x':3}"), JsonNode.class);
    assertThat(copy.problem()).isEqualTo(RULE.formatted("x"));
    JsonPathException rebuilt = failure(JsonMapper.builder(JsonLimits.factory().rebuild().build()).build(),
        q("{'x':1,'x':3}"), JsonNode.class);
    assertThat(rebuilt.problem()).isEqualTo(RULE.formatted("x"));
    assertThatThrownBy(() -> {
      try (JsonParser p = JsonLimits.factory().createParser(q("[{'k':1},{'k':1,'k':2}]"))) {
        while (p.nextToken() != null) {
          // read every token
        }
      }
    }).isInstanceOfSatisfying(JsonPathException.class, e -> assertThat(e.path()).isEqualTo("$[1].k"));
    // the same names in the next object at the same depth, or in a nested one, are no duplicates
    assertThat(mapper.convertValue(mapperRead("{'k':{'k':1},'j':[{'k':1},{'k':2}]}"), Map.class)).hasSize(2);
  }

  private JsonNode mapperRead(String json) {
    try {
      return mapper.readTree(q(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSkippedValueIsHeldToTheRuleToo() throws IOException {
    // an unknown property Jackson skips (a map of the mapper's own type would not): the skip reads every token
    try (JsonParser p = mapper.getFactory().createParser(q("{'a':{'b':1,'b':2},'c':3}"))) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(p::skipChildren).isInstanceOfSatisfying(JsonPathException.class,
          e -> assertThat(e.path()).isEqualTo("$.a.b"));
    }
  }

  @Test
  void aConsumersPlainMapperWithRevopsModulesGivesTheSameRuleForRevopsTypes() {
    ObjectMapper plain = JsonMapper.builder().findAndAddModules().build();
    String line = q("{'type':'became_mql','id':'e1','leadId':'L','at':'2026-03-06T14:30:00Z','at':'2026-03-07T14:30:00Z'}");
    JsonPathException e = failure(plain, line, LeadEvent.class);
    assertThat(e.path()).isEqualTo("$.at");
    assertThat(e.problem()).isEqualTo(RULE.formatted("at"));
    JsonPathException inList = catchThrowableOfType(JsonPathException.class, () -> plain.readValue("[" + line + "]",
        plain.getTypeFactory().constructCollectionType(List.class, LeadEvent.class)));
    assertThat(inList.problem()).isEqualTo(RULE.formatted("at"));
  }

  @Test
  void aMetricResultGivesTheSameRuleUnderTheMapperAndAPlainOne() throws IOException {
    com.fasterxml.jackson.core.type.TypeReference<io.revops.metrics.MetricResult<javax.money.MonetaryAmount>> cac =
        new com.fasterxml.jackson.core.type.TypeReference<>() {};
    String json = golden("metric-result").replaceFirst("\"currency\" : \"RUB\"", "\"currency\" : \"RUB\", \"currency\" : \"USD\"");
    ObjectMapper plain = JsonMapper.builder().findAndAddModules().build();
    for (ObjectMapper m : List.of(mapper, plain)) {
      assertThat(m.readValue(golden("metric-result"), cac).value()).isNotNull();
      JsonPathException e = catchThrowableOfType(JsonPathException.class, () -> m.readValue(json, cac));
      assertThat(e).as("read by %s", m == mapper ? "RevOpsJson.mapper()" : "a plain mapper").isNotNull();
      assertThat(e.path()).isEqualTo("$.value.currency");
      assertThat(e.problem()).isEqualTo(RULE.formatted("currency"));
    }
  }

  @Test
  void aDecoderOnTheRawParserInJsonLinesGivesTheSameRule() throws IOException {
    ObjectMapper trees = new ObjectMapper();
    JsonDecoder<String> raw = in -> trees.readTree(in.parser()).toString();
    Findings findings = Findings.create();
    try (JsonLines<String> lines = JsonLines.read(String.join("\n", "{\"a\":{\"b\":1,\"c\":2}}",
        "{\"a\":{\"b\":1,\"b\":2}}", "{\"a\":1,\"a\":2}", "{\"a\":3}"), "raw.jsonl", raw, findings)) {
      assertThat(lines.stream().toList()).containsExactly("{\"a\":{\"b\":1,\"c\":2}}", "{\"a\":3}");
    }
    assertThat(findings.all()).extracting(Finding::field).containsExactly(Optional.of("$.a.b"), Optional.of("$.a"));
    assertThat(findings.all()).extracting(Finding::rule).containsExactly(RULE.formatted("b"), RULE.formatted("a"));
  }
}
