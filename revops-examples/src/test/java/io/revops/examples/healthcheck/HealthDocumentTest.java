package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.revops.examples.data.SampleConfig;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code report.json} reads back: the document of a fixed small input is the golden file
 * {@code src/test/resources/golden/report.json} character for character, is valid against
 * {@code health-report.schema.json}, reads back as an equal {@link HealthDocument} that writes the same text,
 * and a changed copy (an unknown field, another dialect's spelling, a missing field) is rejected with its JSON path.
 *
 * <p>To change the document on purpose, regenerate the file with {@code -Dgolden.update=true} (as revops-json's
 * golden files), review the diff and record it in CHANGELOG.
 */
class HealthDocumentTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report.json");
  private static final String BASE = "https://schemas.revops.io/json/";
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:io/revops/json/schema/")));
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  /**
   * A small fixed input: 4 leads a month of the sample generator with one rejected row and one MRR record given
   * twice, as of 1 July 2026 in Moscow.
   */
  static HealthReport report() {
    HealthInput g = HealthInput.generate(SampleConfig.standard(4));
    List<io.revops.examples.data.MrrRecord> mrr = new java.util.ArrayList<>(g.mrr());
    mrr.add(g.mrr().get(0));
    HealthInput input = HealthInput.of("fixed sample: 4 leads a month, one bad row, one MRR record twice",
        g.leads().values().stream().toList(), g.histories().stream().flatMap(h -> h.events().stream()).toList(),
        g.spend(), mrr, List.of(io.revops.core.batch.Finding.of("events.jsonl", 7, "at", "yesterday",
            "expected an ISO-8601 instant")), g.rowsRead() + 2);
    return HealthReport.evaluate(input, HealthOptions.defaults().withAsOf(Instant.parse("2026-06-30T21:00:00Z")));
  }

  private static JsonSchema schema() {
    return FACTORY.getSchema(SchemaLocation.of(BASE + "health-report.schema.json"),
        SchemaValidatorsConfig.builder().build());
  }

  @Test
  void theReportOfAFixedInputIsTheGoldenFile() throws IOException {
    String written = HealthJson.write(report());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, written, StandardCharsets.UTF_8);
    }
    assertThat(written).as("report.json differs from %s; if intended, regenerate with -Dgolden.update=true", GOLDEN)
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(HealthDocument.of(report()).toJson()).isEqualTo(written);
  }

  @Test
  void theGoldenFileIsValidAgainstItsSchema() throws IOException {
    JsonNode golden = MAPPER.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(schema().validate(golden)).isEmpty();
    // the schema rejects what the reader rejects
    ObjectNode unknown = golden.deepCopy();
    unknown.put("futureField", 1);
    assertThat(schema().validate(unknown)).isNotEmpty();
    ObjectNode stringRate = golden.deepCopy();
    ((ObjectNode) stringRate.get("grr")).put("value", "98%");
    assertThat(schema().validate(stringRate)).as("a rate as a percentage string").isNotEmpty();
    ObjectNode both = golden.deepCopy();
    ((ObjectNode) both.get("arpa")).put("notComputable", "x");
    assertThat(schema().validate(both)).as("a value and a reason").isNotEmpty();
  }

  @Test
  void theGoldenFileReadsBackAndWritesTheSameText() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    HealthDocument back = HealthDocument.read(golden);
    assertThat(back.toJson()).isEqualTo(golden);
    assertThat(HealthDocument.read(back.toJson())).isEqualTo(back);
    assertThat(back).isEqualTo(HealthDocument.of(report()));
    assertThat(back.input().errors()).hasSize(1);
    assertThat(back.input().duplicateMrrRecords()).singleElement().satisfies(x -> assertThat(x.copies()).isEqualTo(2));
  }

  @Test
  void everyReportOfTheTestsRoundTrips() throws IOException {
    for (HealthReport r : List.of(report(), HealthReport.evaluate(HealthReportTest.INPUT, HealthOptions.defaults()),
        HealthReport.evaluate(HealthInput.of("leads only", HealthReportTest.INPUT.leads().values().stream().toList(),
            HealthReportTest.INPUT.histories().stream().flatMap(h -> h.events().stream()).toList(), List.of(),
            List.of(), List.of(), 0), HealthOptions.defaults()))) {
      String written = HealthJson.write(r);
      HealthDocument back = HealthDocument.read(written);
      assertThat(back).isEqualTo(HealthDocument.of(r));
      assertThat(back.toJson()).isEqualTo(written);
      assertThat(schema().validate(MAPPER.readTree(written))).as(r.source()).isEmpty();
    }
  }

  private static void rejected(JsonNode doc, String pathAndRule) {
    assertThatThrownBy(() -> HealthDocument.read(MAPPER.writeValueAsString(doc))).isInstanceOf(JsonPathException.class)
        .hasMessageContaining(pathAndRule);
  }

  /** {@code doc} with the key {@code from} of the object at {@code pointer} renamed {@code to}, in place. */
  private static ObjectNode renamed(JsonNode doc, String pointer, String from, String to) {
    ObjectNode copy = doc.deepCopy();
    ObjectNode at = (ObjectNode) copy.at(pointer);
    ObjectNode renamed = MAPPER.createObjectNode();
    at.fields().forEachRemaining(e -> renamed.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
    at.removeAll().setAll(renamed);
    return copy;
  }

  @Test
  void obligationKeysAreTheDialectsSnakeCaseAndTheAgreementsSpellingIsRejected() throws IOException {
    JsonNode golden = MAPPER.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    HealthDocument back = HealthDocument.read(golden.toString());
    // written in snake case, held as the agreement's keys (those of SlaReport.compliance)
    assertThat(golden.at("/sla/obligations").fieldNames()).toIterable().contains("first_contact", "mql_criteria")
        .allMatch(k -> k.matches("[a-z0-9_#]+"));
    assertThat(golden.at("/sla/complianceByWeek").fieldNames()).toIterable().containsExactly("first_contact");
    assertThat(back.sla().obligations()).containsKeys("first-contact", "mql-criteria")
        .containsOnlyKeys(report().sla().compliance().keySet());
    assertThat(back.sla().complianceByWeek()).containsOnlyKeys("first-contact");
    // read in any letter case
    assertThat(HealthDocument.read(renamed(golden, "/sla/obligations", "first_contact", "FIRST_CONTACT").toString())
        .sla().obligations()).isEqualTo(back.sla().obligations());
    // the agreement's spelling, as report.json wrote it before, is another dialect's: rejected, with its path,
    // the rule and the spelling to write
    ObjectNode old = renamed(golden, "/sla/obligations", "first_contact", "first-contact");
    rejected(old, "$.sla.obligations['first-contact']: expected an obligation key in lower snake case such as "
        + "\"first_contact\" or \"first_contact#2\" (a kind: \"first_contact\", \"attempts\"");
    rejected(old, "got \"first-contact\"; the agreement's spelling is not the JSON's: write \"first_contact\"");
    assertThat(schema().validate(old)).as("the schema rejects the old spelling too").isNotEmpty();
    ObjectNode oldWeekly = renamed(golden, "/sla/complianceByWeek", "first_contact", "first-contact");
    rejected(oldWeekly, "$.sla.complianceByWeek['first-contact']: expected an obligation key in lower snake case");
    assertThat(schema().validate(oldWeekly)).isNotEmpty();
    rejected(renamed(golden, "/sla/obligations", "first_contact", "firstContact"),
        "$.sla.obligations.firstContact: expected an obligation key in lower snake case");
    // two spellings of one key are one key given twice
    ObjectNode twice = golden.deepCopy();
    ((ObjectNode) twice.at("/sla/obligations")).set("First_Contact", golden.at("/sla/obligations/first_contact"));
    rejected(twice, "$.sla.obligations.First_Contact: duplicate key \"First_Contact\" in counts by obligation");
  }

  @Test
  void otherSpellingsAndUnknownFieldsAreRejectedWithTheirPath() throws IOException {
    JsonNode golden = MAPPER.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    ObjectNode d = golden.deepCopy();
    d.put("visitedPageKind", "pricing");
    rejected(d, "$.visitedPageKind: unknown field \"visitedPageKind\"");
    d = golden.deepCopy();
    ((ObjectNode) d.get("input")).set("rows_read", ((ObjectNode) d.get("input")).remove("rowsRead"));
    rejected(d, "$.input.rows_read: unknown field");
    d = golden.deepCopy();
    ((ObjectNode) d.get("grr")).put("value", "98%");
    rejected(d, "$.grr.value: expected a rate (a JSON number, the fraction) (a JSON number), got \"98%\"");
    d = golden.deepCopy();
    ((ObjectNode) d.at("/sla/obligations").elements().next()).put("met", -1);
    rejected(d, "$.sla.obligations.mql_criteria.met: expected a count of verdicts that is not negative, got -1");
    d = golden.deepCopy();
    ((ObjectNode) d.get("arpa")).removeAll().put("value", 5);
    rejected(d, "$.arpa.value: expected an amount");
    d = golden.deepCopy();
    ((ObjectNode) d.get("salesCycle")).remove("customers");
    rejected(d, "$.salesCycle.customers: missing");
    d = golden.deepCopy();
    d.put("asOf", "2026-06-30 21:00");
    rejected(d, "$.asOf: expected an ISO-8601 instant");
    d = golden.deepCopy();
    ((ObjectNode) d.get("input")).put("errorsListed", 2);
    rejected(d, "$.input.errorsListed: must be the number of rows in \"errors\"");
    d = golden.deepCopy();
    ((ObjectNode) d.get("precision")).put("rateDecimalPlaces", 4);
    rejected(d, "$.precision.rateDecimalPlaces: rates are written with 10 decimal places");
    d = golden.deepCopy();
    ((ObjectNode) d.at("/input/errors/0")).put("Line", 7);
    rejected(d, "$.input.errors[0].Line: unknown field \"Line\"");
    d = golden.deepCopy();
    ((ObjectNode) d.at("/input/duplicateMrrRecords/0")).put("countedAs", 2);
    rejected(d, "$.input.duplicateMrrRecords[0].countedAs: a duplicated record is counted once");
    d = golden.deepCopy();
    ((ObjectNode) d.get("friction")).put("note", "x");
    rejected(d, "$.friction.note: a report with a top lever has no note");
  }

  @Test
  void aFigureStatesItsValueWithOrWithoutAnExplanationOrWhyItHasNone() {
    assertThat(HealthDocument.Figure.of(1).text()).isEmpty();
    assertThat(HealthDocument.Figure.explained(1, "why").text()).hasValue("why");
    assertThat(HealthDocument.Figure.notComputable("no data").value()).isEmpty();
    assertThat(HealthDocument.Figure.<Integer>notComputable("no data").text()).hasValue("no data");
    assertThatThrownBy(() -> new HealthDocument.Figure<>(java.util.Optional.empty(), java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("text: ");
  }
}
