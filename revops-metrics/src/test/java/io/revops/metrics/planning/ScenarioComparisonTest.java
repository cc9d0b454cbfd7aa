package io.revops.metrics.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {
  private static final PlanningModel HANDBOOK = PlanningModel.handbook();
  private final ScenarioComparison comparison = ScenarioComparison.handbook(HANDBOOK);

  @Test
  void projectsTheThreeHandbookScenarios() {
    assertThat(comparison.projections()).extracting(Projection::name)
        .containsExactly("organic", "marketing investment", "retention focus");
    assertThat(comparison.baseline().name()).isEqualTo("organic");
    assertThat(HANDBOOK.compare(Scenario.organic(), Scenario.marketingInvestment(), Scenario.retentionFocus())
        .projections()).extracting(Projection::name).isEqualTo(comparison.projections().stream().map(Projection::name).toList());
  }

  @Test
  void scenariosMoveTheFiguresTheWayTheirLeversSay() {
    Projection organic = comparison.projection("organic");
    Projection marketing = comparison.projection("marketing investment");
    Projection retention = comparison.projection("retention focus");
    assertThat(marketing.newCustomers()).isGreaterThan(organic.newCustomers());
    assertThat(Amounts.compare(marketing.revenue(), organic.revenue())).isPositive();
    assertThat(marketing.growth().value()).isGreaterThan(organic.growth().value());
    assertThat(Amounts.compare(retention.ltv().value(), organic.ltv().value())).isPositive();
    assertThat(retention.newCustomers()).isEqualTo(organic.newCustomers());
    assertThat(retention.growth().value()).isGreaterThan(organic.growth().value());
    // more budget with the same reps hits sales capacity: the extra SQLs are not worked
    assertThat(marketing.limitedBy()).isEqualTo(GrowthLimit.SALES_CAPACITY);
  }

  @Test
  void incrementalRoiComparesWithTheBaseline() {
    Projection organic = comparison.baseline();
    Projection retention = comparison.projection("retention focus");
    BigDecimal dProfit = Amounts.toBigDecimal(retention.grossProfit()).subtract(Amounts.toBigDecimal(organic.grossProfit()));
    BigDecimal dCost = Amounts.toBigDecimal(retention.revenueTeamCost()).subtract(Amounts.toBigDecimal(organic.revenueTeamCost()));
    assertThat(dCost).isEqualByComparingTo("4800000");
    assertThat(comparison.incrementalRoi(retention).value())
        .isEqualByComparingTo(dProfit.subtract(dCost).divide(dCost, MathContext.DECIMAL128));
    assertThat(comparison.incrementalRoi(organic).reason()).contains("no extra cost over \"organic\"");
  }

  @Test
  void printsSideBySide() {
    String table = comparison.toString();
    assertThat(table.lines().filter(l -> l.startsWith("  scenario")).findFirst().orElseThrow())
        .containsSubsequence("organic", "marketing investment", "retention focus");
    assertThat(table).contains("same resources", "budget ×1.5, marketers +3", "customer success +2, churn ×0.6")
        .contains("limited by", "sales capacity", "CAC", "LTV:CAC", "ROI", "incremental ROI", "baseline")
        .contains("1 044 000 000,00 RUB");
    // every row has one cell per scenario
    assertThat(table.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("  "));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ScenarioComparison.of(HANDBOOK, List.of())).hasMessage("scenarios must not be empty: []");
    assertThatThrownBy(() -> ScenarioComparison.of(HANDBOOK, List.of(Scenario.organic(), Scenario.named("organic"))))
        .hasMessage("scenario names must be unique: \"organic\" appears twice");
    assertThatThrownBy(() -> comparison.projection("aggressive"))
        .hasMessage("name must be one of the compared scenarios [organic, marketing investment, retention focus]: aggressive");
  }
}
