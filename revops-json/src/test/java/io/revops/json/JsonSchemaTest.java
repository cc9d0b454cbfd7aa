package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.revops.json.GoldenDocuments.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden file is valid against its JSON Schema (draft 2020-12) in
 * {@code src/main/resources/io/revops/json/schema/}; the schemas reject what the dialect rejects. Schemas
 * refer to each other by their {@code $id}s under {@value #BASE}, which the factory maps to the classpath:
 * nothing is fetched over the network.
 */
class JsonSchemaTest {
  static final String BASE = "https://schemas.revops.io/json/";
  private static final String CLASSPATH = "classpath:io/revops/json/schema/";
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix(BASE, CLASSPATH)));
  private final ObjectMapper mapper = RevOpsJson.mapper();

  /** The schema of a golden file: its own name, or {@code lead-event} for each event type. */
  static String schemaOf(String golden) {
    return golden.startsWith("lead-event-") ? "lead-event" : golden.startsWith("metric-result") ? "metric-result"
        : golden.startsWith("review-pack") ? "review-pack" : golden;
  }

  static JsonSchema schema(String name) {
    return FACTORY.getSchema(com.networknt.schema.SchemaLocation.of(BASE + name + ".schema.json"),
        SchemaValidatorsConfig.builder().build());
  }

  static List<Golden> documents() {
    return GoldenDocuments.all();
  }

  private Set<ValidationMessage> validate(String schema, String json) throws IOException {
    return schema(schema).validate(mapper.readTree(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theGoldenFileIsValidAgainstItsSchema(Golden g) throws IOException {
    assertThat(validate(schemaOf(g.name()), GoldenFilesTest.golden(g.name()))).as(g.name()).isEmpty();
  }

  @Test
  void theSchemasRejectWhatTheDialectRejects() throws IOException {
    assertThat(validate("money", "{\"amount\":\"500000.005\",\"currency\":\"RUB\"}")).isNotEmpty();
    assertThat(validate("money", "{\"amount\":1,\"currency\":\"RUB\",\"x\":1}")).isNotEmpty();
    assertThat(validate("lead", "{\"id\":\"L-1\",\"futureField\":1}")).isNotEmpty();
    assertThat(validate("lead-event",
        "{\"type\":\"became_mql\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"2026-03-06T14:30:00Z\",\"rep\":\"r\"}"))
        .isNotEmpty();
    assertThat(validate("lead-event",
        "{\"type\":\"became_mql\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"yesterday\"}")).isNotEmpty();
    assertThat(validate("lead-event",
        "{\"type\":\"contact_attempt\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"2026-03-06T14:30:00Z\","
            + "\"channel\":\"phone\",\"outcome\":\"no-answer\"}")).isNotEmpty();
    assertThat(validate("criterion", "{\"type\":\"employeesAtLeast\",\"min\":5}")).isNotEmpty();
    assertThat(validate("agreement", "{\"name\":\"a\",\"calendar\":{\"type\":\"always\"},\"obligations\":5}"))
        .isNotEmpty();
    assertThat(validate("metric-result", "{\"metric\":\"CAC\",\"value\":1,\"reason\":\"r\",\"explanation\":\"\","
        + "\"policies\":[]}")).isNotEmpty();
    String change = "{\"base\":\"a\",\"changed\":\"b\",\"quotaChanges\":[],\"changes\":[{\"leadId\":\"L\","
        + "\"obligation\":\"first_contact\",";
    assertThat(validate("what-if", change + "\"before\":\"met\"}]}")).as("before without its reason").isNotEmpty();
    assertThat(validate("what-if", change + "\"before\":\"first-contact\",\"beforeReason\":\"r\"}]}"))
        .isNotEmpty();
    assertThat(validate("what-if", change + "\"x\":1}]}")).as("neither side, an unknown field").isNotEmpty();
    assertThat(validate("what-if", change + "\"after\":\"at_risk\",\"afterReason\":\"r\"}]}")).isEmpty();
    // and a valid document of another shape still passes
    assertThat(validate("lead-event",
        "{\"type\":\"lost\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"2026-03-06T14:30:00.5Z\"}")).isEmpty();
  }

  @Test
  void everySchemaIsDraft202012AndRefersOnlyToLocalSchemas() throws IOException {
    for (String name : List.of("revops", "money", "exchange-rates", "lead", "lead-event", "history",
        "funnel-snapshot", "bowtie-snapshot", "revenue-audit", "criterion", "criteria-evaluation", "agreement",
        "sla-evaluation", "sla-report", "review-pack", "what-if", "metric-result")) {
      JsonNode tree;
      try (InputStream in = getClass().getResourceAsStream("/io/revops/json/schema/" + name + ".schema.json")) {
        assertThat(in).as(name).isNotNull();
        tree = mapper.readTree(in);
      }
      assertThat(tree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(tree.get("$id").asText()).isEqualTo(BASE + name + ".schema.json");
      for (JsonNode ref : tree.findValues("$ref")) {
        assertThat(ref.asText()).as("%s: $ref %s", name, ref).doesNotContain("://").doesNotStartWith("/");
      }
    }
  }
}
