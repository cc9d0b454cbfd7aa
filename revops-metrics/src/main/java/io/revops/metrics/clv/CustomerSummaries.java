package io.revops.metrics.clv;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.money.Amounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Reads customer summaries from CSV, as the lifetimes project and the papers' data sets write them: a header
 * naming the columns {@code ID}, {@code frequency} (or {@code x}), {@code recency} (or {@code t_x}) and
 * {@code T}, and optionally {@code monetary_value} (or {@code zbar}), the average repeat spend, in any order.
 * A line that does not make a valid summary is reported as a {@link Finding} and skipped; the rest is read.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class CustomerSummaries {
  private CustomerSummaries() {}

  /**
   * The summaries in {@code csv}, spend (when present) in {@code currency}.
   *
   * @param csv the text, header first; not closed
   * @param source the name findings give, e.g. {@code "cdnow_customers_summary.csv"}
   * @param currency the currency of the spend column, if any
   * @param findings receives one finding per bad line
   * @throws IllegalArgumentException if the header lacks a required column
   * @throws UncheckedIOException if {@code csv} cannot be read
   */
  public static List<CustomerSummary> parseCsv(BufferedReader csv, String source, CurrencyUnit currency,
      Consumer<? super Finding> findings) {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    requireNonNull(currency, "currency");
    requireNonNull(findings, "findings");
    try {
      String header = csv.readLine();
      if (header == null) {
        throw new IllegalArgumentException("csv must have a header line: " + source + " is empty");
      }
      List<String> names = Arrays.stream(header.split(",", -1)).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      int id = column(names, source, "id");
      int x = column(names, source, "frequency", "x");
      int tx = column(names, source, "recency", "t_x");
      int age = column(names, source, "t");
      int spend = optionalColumn(names, "monetary_value", "zbar");
      List<CustomerSummary> out = new ArrayList<>();
      String line;
      long number = 1;
      while ((line = csv.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != names.size()) {
          findings.accept(Finding.ofLine(source, number, line, names.size() + " comma-separated fields"));
          continue;
        }
        String field = names.get(x);
        try {
          int frequency = Integer.parseInt(f[x].trim());
          field = names.get(tx);
          double recency = Double.parseDouble(f[tx].trim());
          field = names.get(age);
          double t = Double.parseDouble(f[age].trim());
          field = "";
          if (spend < 0) {
            out.add(CustomerSummary.of(f[id].trim(), frequency, recency, t));
          } else {
            field = names.get(spend);
            BigDecimal value = new BigDecimal(f[spend].trim());
            out.add(CustomerSummary.of(f[id].trim(), frequency, recency, t, Amounts.of(value, currency)));
          }
        } catch (NumberFormatException e) {
          findings.accept(Finding.of(source, number, field, line, "a number"));
        } catch (IllegalArgumentException e) {
          findings.accept(Finding.of(source, number, field, line, e.getMessage()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * The summaries of the purchases made up to and including {@code calibrationEnd}, times in units of
   * {@code daysPerUnit} days (7 for the papers' weeks), as lifetimes' {@code summary_data_from_transaction_data}
   * computes them: purchases on the same day are one purchase of their total; frequency counts the purchase
   * days after the first, recency and age run from the first purchase day to the last and to
   * {@code calibrationEnd}; the average spend is the mean of the repeat purchase days' totals, to 10
   * decimals half-even (not to the minor unit: the models read it as a statistic, and cents lose the
   * third decimal of CDNOW's γ), or zero without repeat purchases.
   * Purchases after {@code calibrationEnd} belong to a holdout period and are left out. A purchase in another
   * currency than its customer's first is reported as a {@link Finding} (source {@code "purchases"}, line its
   * position, 1-based) and left out.
   *
   * <p><b>Cost</b>: sorts each customer's purchase days; linear in the purchases otherwise.
   *
   * @throws IllegalArgumentException if {@code daysPerUnit} is not positive
   */
  public static List<CustomerSummary> fromPurchases(List<Purchase> purchases, LocalDate calibrationEnd,
      int daysPerUnit, Consumer<? super Finding> findings) {
    requireNonNull(purchases, "purchases");
    requireNonNull(calibrationEnd, "calibrationEnd");
    requireNonNull(findings, "findings");
    if (daysPerUnit < 1) {
      throw new IllegalArgumentException("daysPerUnit must be positive: " + daysPerUnit);
    }
    Map<String, TreeMap<LocalDate, BigDecimal>> byCustomer = new LinkedHashMap<>();
    Map<String, CurrencyUnit> currencies = new HashMap<>();
    long line = 0;
    for (Purchase p : purchases) {
      line++;
      requireNonNull(p, "purchase");
      if (p.date().isAfter(calibrationEnd)) {
        continue;
      }
      CurrencyUnit currency = currencies.computeIfAbsent(p.customerId(), k -> p.amount().getCurrency());
      if (!currency.equals(p.amount().getCurrency())) {
        findings.accept(Finding.of("purchases", line, "amount", p, "the currency of the customer's first purchase, "
            + currency.getCurrencyCode()));
        continue;
      }
      byCustomer.computeIfAbsent(p.customerId(), k -> new TreeMap<>())
          .merge(p.date(), Amounts.toBigDecimal(p.amount()), BigDecimal::add);
    }
    List<CustomerSummary> out = new ArrayList<>(byCustomer.size());
    byCustomer.forEach((id, days) -> {
      LocalDate first = days.firstKey();
      int frequency = days.size() - 1;
      double recency = (double) ChronoUnit.DAYS.between(first, days.lastKey()) / daysPerUnit;
      double age = (double) ChronoUnit.DAYS.between(first, calibrationEnd) / daysPerUnit;
      BigDecimal repeat = days.values().stream().skip(1).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal mean = frequency == 0 ? BigDecimal.ZERO
          : repeat.divide(BigDecimal.valueOf(frequency), 10, RoundingMode.HALF_EVEN);
      MonetaryAmount spend = Amounts.of(mean, currencies.get(id));
      if (age == 0) {
        findings.accept(Finding.of("purchases", 0, "date", id, "a first purchase before the calibration end "
            + calibrationEnd + " (a customer first seen on it has no observation time)"));
        return;
      }
      out.add(CustomerSummary.of(id, frequency, recency, age, spend));
    });
    return out;
  }

  private static int column(List<String> names, String source, String... candidates) {
    int i = optionalColumn(names, candidates);
    if (i < 0) {
      throw new IllegalArgumentException("csv header must name a column " + String.join(" or ", candidates)
          + ": " + source + " has " + names);
    }
    return i;
  }

  private static int optionalColumn(List<String> names, String... candidates) {
    for (String c : candidates) {
      int i = names.indexOf(c);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
