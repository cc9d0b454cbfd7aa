package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.revenue.ChurnDenominator;
import io.revops.metrics.value.LtvFormula;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MetricResult}: value or reason, inputs and policies, written and read back. */
class MetricResultJsonTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();
  private static final TypeReference<MetricResult<Ratio>> RATIO = new TypeReference<>() {};

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  @Test
  void aRatioResultRoundTripsWithEveryPolicy() throws Exception {
    MetricResult<Ratio> r = MetricResult.of("LTV:CAC", Ratio.of("3.84"), "LTV / CAC",
        List.of(LtvFormula.values()[0], ChurnDenominator.values()[0]));
    String json = mapper.writeValueAsString(r);
    assertThat(json).startsWith(q("{'metric':'LTV:CAC','value':3.84,'explanation':'LTV / CAC','policies':[{'type':'ltv_formula',"));
    assertThat(mapper.readValue(json, RATIO)).isEqualTo(r);
  }

  @Test
  void inAListTheValueTypeComesFromTheDeclaredType() throws Exception {
    List<MetricResult<Ratio>> rs = List.of(MetricResult.notComputable("LTV:CAC", "zero churn", "LTV / CAC", List.of()));
    assertThat(mapper.<List<MetricResult<Ratio>>>readValue(mapper.writeValueAsString(rs), new TypeReference<>() {}))
        .isEqualTo(rs);
  }

  @Test
  void badDocumentsFailWithTheirPath() {
    assertThatThrownBy(() -> mapper.readValue(q("{'metric':'X','value':1,'reason':'r','explanation':'','policies':[]}"), RATIO))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$: expected exactly one of \"value\" and \"reason\"");
    assertThatThrownBy(() -> mapper.readValue(q("{'metric':'X','reason':'r','explanation':'',"
        + "'policies':[{'type':'ltv_cac_bands','label':'bands'}]}"), RATIO))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$.policies[0].type: expected an enum policy type");
    assertThatThrownBy(() -> mapper.readValue(q("{'metric':'X','reason':'r','explanation':'','computed':true}"), RATIO))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$.computed: unknown field");
    assertThatThrownBy(() -> mapper.readValue(q("{'metric':'X','reason':'r','explanation':'',"
        + "'policies':[{'type':'ltv_formula','value':'nope','label':'?'}]}"), RATIO))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$.policies[0].value: expected a ltv_formula value");
  }
}
