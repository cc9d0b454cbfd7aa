package io.revops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.batch.Findings;
import io.revops.core.money.Amounts;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer summaries: validation, CSV, and the summary of a transaction log. */
class CustomerSummariesTest {
  @Test
  void clearErrorsForImpossibleSummaries() {
    assertThatThrownBy(() -> CustomerSummary.of("C1", 2, 0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency must be positive when frequency is positive: frequency 2, recency 0.0 (customer C1)");
    assertThatThrownBy(() -> CustomerSummary.of("C2", 1, 12, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency must not exceed age (T): recency 12.0, T 10.0 (customer C2)");
    assertThatThrownBy(() -> CustomerSummary.of("C3", -1, 0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency must not be negative: -1 (customer C3)");
    assertThatThrownBy(() -> CustomerSummary.of("C4", 0, 3, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency must be 0 without repeat purchases: frequency 0, recency 3.0 (customer C4)");
    assertThatThrownBy(() -> CustomerSummary.of("C5", 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age (T) must be positive and finite: 0.0 (customer C5)");
    assertThatThrownBy(() -> CustomerSummary.of("C6", 1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency must be non-negative and finite: NaN (customer C6)");
  }

  @Test
  void csvReportsBadLinesAndKeepsTheRest() {
    String csv = "ID,frequency,recency,T\n1,2,30.43,38.86\n2,2,0,38.86\n3,x,1,2\n4,1\n5,0,0.0,38.86\n";
    Findings findings = Findings.create();
    List<CustomerSummary> all = CustomerSummaries.parseCsv(new BufferedReader(new StringReader(csv)), "s.csv",
        Amounts.currency("USD"), findings);
    assertThat(all).extracting(CustomerSummary::id).containsExactly("1", "5");
    assertThat(findings.all()).extracting(Object::toString).containsExactly(
        "s.csv:3 value \"2,2,0,38.86\": recency must be positive when frequency is positive: frequency 2, recency 0.0 (customer 2)",
        "s.csv:4 field frequency value \"3,x,1,2\": a number",
        "s.csv:5 value \"4,1\": 4 comma-separated fields");
    assertThatThrownBy(() -> CustomerSummaries.parseCsv(new BufferedReader(new StringReader("ID,x,T\n")), "t.csv",
        Amounts.currency("USD"), findings)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csv header must name a column recency or t_x: t.csv has [id, x, t]");
  }

  @Test
  void summarisesTheCdnowTransactionsAsThePapersDid() {
    Findings findings = Findings.create();
    List<CustomerSummary> fromLog = CustomerSummaries.fromPurchases(Cdnow.purchases(), Cdnow.CALIBRATION_END, 7,
        findings);
    assertThat(findings.isEmpty()).isTrue();
    assertThat(fromLog).hasSize(2357);
    for (int i = 0; i < fromLog.size(); i++) {
      CustomerSummary log = fromLog.get(i);
      CustomerSummary published = Cdnow.CUSTOMERS.get(i);
      assertThat(Integer.parseInt(log.id())).isEqualTo(Integer.parseInt(published.id()));
      assertThat(log.frequency()).isEqualTo(published.frequency());
      assertThat(log.recency()).isCloseTo(published.recency(), within(0.005));
      assertThat(log.age()).isCloseTo(published.age(), within(0.005));
      assertThat(Amounts.toBigDecimal(log.averageSpend().orElseThrow()).doubleValue())
          .isCloseTo(Amounts.toBigDecimal(published.averageSpend().orElseThrow()).doubleValue(), within(0.0051));
    }
  }

  @Test
  void mergesSameDayPurchasesAndReportsAForeignCurrency() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    Findings findings = Findings.create();
    List<CustomerSummary> s = CustomerSummaries.fromPurchases(List.of(
        Purchase.of("A", d, Amounts.of(10, "USD")),
        Purchase.of("A", d.plusDays(7), Amounts.of(5, "USD")),
        Purchase.of("A", d.plusDays(7), Amounts.of(3, "USD")),
        Purchase.of("A", d.plusDays(14), Amounts.of(4, "EUR")),
        Purchase.of("A", d.plusDays(21), Amounts.of(12, "USD")),
        Purchase.of("A", d.plusDays(60), Amounts.of(99, "USD"))), d.plusDays(28), 7, findings);
    assertThat(s).hasSize(1);
    assertThat(s.get(0).frequency()).isEqualTo(2);
    assertThat(s.get(0).recency()).isEqualTo(3.0);
    assertThat(s.get(0).age()).isEqualTo(4.0);
    assertThat(Amounts.isEqual(s.get(0).averageSpend().orElseThrow(), Amounts.of(10, "USD"))).isTrue();
    assertThat(findings.all()).singleElement().hasToString(
        "purchases:4 field amount value \"A 2026-01-15 4,00 EUR\": the currency of the customer's first purchase, USD");
  }
}
