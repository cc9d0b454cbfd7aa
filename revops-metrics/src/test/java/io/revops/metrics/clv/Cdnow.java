package io.revops.metrics.clv;

import io.revops.core.batch.Findings;
import io.revops.core.money.Amounts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The CDNOW calibration data of Fader, Hardie and Lee (2005), from the test resources (MIT, via lifetimes). */
final class Cdnow {
  static final List<CustomerSummary> CUSTOMERS = read();

  private Cdnow() {}

  private static List<CustomerSummary> read() {
    String name = "cdnow_customers_summary_with_transactions.csv";
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Cdnow.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      Findings findings = Findings.create();
      List<CustomerSummary> all = CustomerSummaries.parseCsv(in, name, Amounts.currency("USD"), findings);
      if (!findings.isEmpty()) {
        throw new IllegalStateException(findings.toString());
      }
      return all;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The transactions of the same 2357 customers ({@code id index yyyyMMdd cds dollars}), by the summary's index. */
  static List<Purchase> purchases() {
    java.time.format.DateTimeFormatter basic = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Cdnow.class.getResourceAsStream("CDNOW_sample.txt"), StandardCharsets.US_ASCII))) {
      return in.lines().filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+"))
          .map(f -> Purchase.of(f[1], java.time.LocalDate.parse(f[2], basic), Amounts.of(f[4], "USD"))).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The end of the 39-week calibration period: 1997-01-01 plus 272 days. */
  static final java.time.LocalDate CALIBRATION_END = java.time.LocalDate.of(1997, 9, 30);

  static List<CustomerSummary> repeatCustomers() {
    return CUSTOMERS.stream().filter(c -> c.frequency() > 0).toList();
  }
}
