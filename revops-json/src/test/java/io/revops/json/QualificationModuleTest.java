package io.revops.json;

import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.annualRevenueAtLeast;
import static io.revops.core.qualification.Criteria.employeesAtLeast;
import static io.revops.core.qualification.Criteria.not;
import static io.revops.core.qualification.Criteria.siteVisitsAtLeast;
import static io.revops.core.qualification.CriterionGenerators.AS_OF;
import static io.revops.core.qualification.CriterionGenerators.criteria;
import static io.revops.core.qualification.CriterionGenerators.leads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Bant;
import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.core.qualification.Window;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QualificationModuleTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new QualificationModule());

  static Criterion read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Criterion.class);
  }

  static String write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }

  @Nested
  class Criteria {
    @Test
    void writesATypeDiscriminatedTreeWithNamesOnlyWhenGiven() throws Exception {
      Criterion c = allOf("firmographic", employeesAtLeast(50), annualRevenueAtLeast(Amounts.of("100000000.00", "RUB")),
          not(siteVisitsAtLeast(3, Window.lastDays(30))).withName("quiet"));
      assertThat(write(c)).isEqualTo("{\"type\":\"all_of\",\"name\":\"firmographic\",\"of\":["
          + "{\"type\":\"employees_at_least\",\"min\":50},"
          + "{\"type\":\"annual_revenue_at_least\",\"min\":{\"amount\":100000000,\"currency\":\"RUB\"}},"
          + "{\"type\":\"not\",\"name\":\"quiet\",\"of\":{\"type\":\"site_visits_at_least\",\"min\":3,\"window\":\"P30D\"}}]}");
      assertThat(read(write(c))).isEqualTo(c);
    }

    @Test
    void theHandbookPresetRoundTripsAndEvaluatesIdentically() throws Exception {
      Criterion mql = HandbookCriteria.mql();
      Criterion back = read(write(mql));
      assertThat(back).isEqualTo(mql).hasSameHashCodeAs(mql);
      assertThat(back.toString()).isEqualTo(mql.toString());
      qt().withExamples(100).forAll(leads()).checkAssert(lead ->
          assertThat(back.evaluate(lead, AS_OF)).isEqualTo(mql.evaluate(lead, AS_OF)));
    }

    @Test
    void randomCriteriaTreesRoundTrip() {
      qt().withExamples(300).forAll(criteria(3)).checkAssert(c -> {
        try {
          assertThat(read(write(c))).isEqualTo(c);
        } catch (JsonProcessingException e) {
          throw new AssertionError(e);
        }
      });
    }

    @Test
    void readsEveryTypeWrittenByHand() throws Exception {
      String json = """
          {"type":"any_of","of":[
            {"type":"industry_in","industries":["IT","Retail"]},
            {"type":"city_in","cities":["Moscow"]},
            {"type":"city_population_at_least","min":1000000},
            {"type":"visited_page_kind","pageKinds":["pricing"],"window":"PT36H"},
            {"type":"content_downloads_at_least","min":2},
            {"type":"email_opens_at_least","min":5,"window":"P7D"},
            {"type":"events_attended_at_least","min":1},
            {"type":"budget","name":"money"},{"type":"authority"},{"type":"need"},
            {"type":"timeline_within","within":"P6M"},
            {"type":"at_least","min":1,"of":[{"type":"budget"}]},
            {"type":"annual_revenue_at_least","min":{"amount":1.5E8,"currency":"RUB"}}]}""";
      Criterion c = read(json);
      assertThat(c.children()).hasSize(13);
      assertThat(c.children().get(0).describe()).isEqualTo("industry in (it, retail)");
      assertThat(c.children().get(3).name()).isEqualTo("visited a pricing page in the last 36 hours");
      assertThat(c.children().get(7).name()).isEqualTo("money");
      assertThat(c.children().get(12)).isEqualTo(annualRevenueAtLeast(Amounts.of(150_000_000L, "RUB")));
      assertThat(read(write(c))).isEqualTo(c);
    }
  }

  @Nested
  class Evaluations {
    final Lead lead = Lead.builder("L").company(Company.builder("A").employees(30).build())
        .bant(Bant.of(BantAnswer.YES, BantAnswer.NO, BantAnswer.UNKNOWN, Timeline.unknown())).build();

    @Test
    void writeTheExplanationTreeWithAsOfAtTheRoot() throws Exception {
      Evaluation e = allOf("x", employeesAtLeast(50), not(io.revops.core.qualification.Criteria.budget())).evaluate(lead, AS_OF);
      assertThat(write(e)).isEqualTo("{\"name\":\"x\",\"outcome\":\"failed\",\"reason\":\"2 failed; all 2 required\","
          + "\"asOf\":\"2026-11-22T10:00:00Z\",\"children\":["
          + "{\"name\":\"employees ≥ 50\",\"outcome\":\"failed\",\"reason\":\"30 employees; at least 50 required\"},"
          + "{\"name\":\"not (budget)\",\"outcome\":\"failed\",\"reason\":\"negates budget, which passed\",\"negation\":true,"
          + "\"children\":[{\"name\":\"budget\",\"outcome\":\"passed\",\"reason\":\"has a budget or an understanding of the investment\"}]}]}");
      Evaluation back = MAPPER.readValue(write(e), Evaluation.class);
      assertThat(back).isEqualTo(e);
      assertThat(back.failedReasons()).isEqualTo(e.failedReasons());
    }

    @Test
    void randomEvaluationsRoundTrip() {
      qt().withExamples(200).forAll(criteria(3), leads()).checkAssert((c, l) -> {
        Evaluation e = c.evaluate(l, AS_OF);
        try {
          assertThat(MAPPER.readValue(write(e), Evaluation.class)).isEqualTo(e);
        } catch (JsonProcessingException ex) {
          throw new AssertionError(ex);
        }
      });
    }
  }

  @Nested
  class InvalidJson {
    void fails(String json, String message) {
      assertThatThrownBy(() -> read(json)).isInstanceOf(MismatchedInputException.class).hasMessageContaining(message);
    }

    @Test
    void unknownTypeNamesThePathAndTheTypes() {
      fails("{\"type\":\"all_of\",\"of\":[{\"type\":\"budget\"},{\"type\":\"budgett\"}]}",
          "at $.of[1].type: expected one of [employees_at_least, annual_revenue_at_least, industry_in, city_in,");
      fails("{\"type\":\"all_of\",\"of\":[{\"type\":\"budget\"},{\"type\":\"budgett\"}]}", "got \"budgett\"");
    }

    @Test
    void valuesOfTheWrongKind() {
      fails("{\"type\":\"at_least\",\"min\":\"two\",\"of\":[{\"type\":\"need\"}]}",
          "at $.min: expected how many must pass (a whole number), got the string \"two\"");
      fails("{\"type\":\"not\",\"of\":{\"type\":\"employees_at_least\",\"min\":1.5}}",
          "at $.of.min: expected a whole number of employees, got 1.5");
      fails("{\"type\":\"all_of\",\"of\":{\"type\":\"need\"}}",
          "at $.of: expected a non-empty list of criteria (a JSON array), got an object {\"type\":\"need\"}");
      fails("[1]", "at $: expected a criterion (a JSON object), got an array [1]");
      fails("{\"type\":\"site_visits_at_least\",\"min\":3,\"window\":\"30 days\"}",
          "at $.window: expected an ISO-8601 duration such as \"P30D\", got \"30 days\"");
      fails("{\"type\":\"timeline_within\",\"within\":\"half a year\"}",
          "at $.within: expected an ISO-8601 period such as \"P6M\", got \"half a year\"");
      fails("{\"type\":\"visited_page_kind\",\"pageKinds\":[\"pricing\",\"blog\"]}",
          "at $.pageKinds[1]: expected one of \"pricing\", \"case_study\", \"other\", got \"blog\"");
      fails("{\"type\":\"annual_revenue_at_least\",\"min\":{\"amount\":\"lots\",\"currency\":\"RUB\"}}",
          "at $.min.amount: expected an amount (a number of at most 40 significant digits with a decimal exponent within ±40), got the string \"lots\"");
      fails("{\"type\":\"annual_revenue_at_least\",\"min\":{\"amount\":1,\"currency\":\"ZZZ\"}}",
          "at $.min.currency: expected an ISO 4217 currency code such as \"RUB\", got \"ZZZ\"");
    }

    @Test
    void missingAndUnexpectedProperties() {
      fails("{\"of\":[]}", "at $: missing property \"type\": expected one of [");
      fails("{\"type\":\"employees_at_least\"}", "at $: missing property \"min\": expected a whole number of employees");
      fails("{\"type\":\"employees_at_least\",\"min\":5,\"max\":9}",
          "at $.max: unknown field \"max\"; expected only [");
      fails("{\"type\":\"any_of\",\"of\":[]}", "at $.of: expected a non-empty list of criteria, got []");
    }

    @Test
    void outOfRangeValuesGiveTheRule() {
      fails("{\"type\":\"at_least\",\"min\":3,\"of\":[{\"type\":\"need\"}]}",
          "at $: atLeast count must be between 1 and the number of criteria (1): 3");
      fails("{\"type\":\"all_of\",\"of\":[{\"type\":\"employees_at_least\",\"min\":-1}]}",
          "at $.of[0]: employees threshold must not be negative: -1");
      fails("{\"type\":\"need\",\"name\":\" \"}", "at $: criterion name must not be blank");
    }

    @Test
    void theMessageAlsoCarriesJacksonsLocationAndReferenceChain() {
      assertThatThrownBy(() -> MAPPER.readValue("{\"mql\":{\"type\":\"need\",\"name\":7}}",
          new TypeReference<Map<String, Criterion>>() {}))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("at $.name: expected a criterion name (a string), got 7")
          .hasMessageContaining("line: 1")
          .hasMessageContaining("[\"mql\"]");
    }

    @Test
    void invalidEvaluations() {
      assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"x\",\"outcome\":\"MAYBE\",\"reason\":\"r\",\"asOf\":\"2026-11-22T10:00:00Z\"}",
          Evaluation.class)).hasMessageContaining("at $.outcome: expected one of \"passed\", \"failed\", \"unknown\", got \"MAYBE\"");
      assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"x\",\"outcome\":\"passed\",\"reason\":\"r\"}", Evaluation.class))
          .hasMessageContaining("at $: missing property \"asOf\": expected an ISO-8601 instant");
      assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"x\",\"outcome\":\"passed\",\"reason\":\"r\",\"asOf\":\"2026-11-22T10:00:00Z\","
          + "\"negation\":true,\"children\":[{\"name\":\"y\",\"outcome\":\"passed\",\"reason\":\"r\"}]}", Evaluation.class))
          .hasMessageContaining("at $.outcome: expected FAILED, the negation of the child's PASSED, got PASSED");
    }
  }
}
