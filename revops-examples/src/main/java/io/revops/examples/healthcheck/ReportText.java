package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.examples.report.Formats;
import io.revops.examples.report.ReportLocale;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.CycleTime;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.StatusCounts;
import java.time.Instant;
import java.time.ZoneId;
import javax.money.MonetaryAmount;

/**
 * How {@code report.html} writes labels and figures in one locale: the {@link Label} texts and the
 * {@link Formats}, with times in the SLA agreement's zone. Rates print with one decimal, retention and churn
 * with two, money to the minor unit.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReportText {
  private final ReportLocale locale;
  private final Formats formats;
  private final ZoneId zone;

  private ReportText(ReportLocale locale, ZoneId zone) {
    this.locale = requireNonNull(locale, "locale");
    this.formats = Formats.of(locale);
    this.zone = requireNonNull(zone, "zone");
  }

  /** The texts of {@code locale} with times in {@code zone}. */
  static ReportText of(ReportLocale locale, ZoneId zone) {
    return new ReportText(locale, zone);
  }

  ReportLocale locale() {
    return locale;
  }

  Formats formats() {
    return formats;
  }

  ZoneId zone() {
    return zone;
  }

  String t(Label label) {
    return label.in(locale);
  }

  String t(Label label, Object... args) {
    return label.in(locale, args);
  }

  String count(long n) {
    return formats.count(n);
  }

  String pct(Rate r) {
    return formats.percent(r, 1);
  }

  String pct2(Rate r) {
    return formats.percent(r, 2);
  }

  String money(MonetaryAmount m) {
    return formats.money(m);
  }

  String time(Instant at) {
    return formats.time(at, zone);
  }

  /** An ISO-8601 UTC instant as the library's explanations quote it ({@code 2026-11-02T07:00:00Z}). */
  private static final java.util.regex.Pattern QUOTED_INSTANT = java.util.regex.Pattern.compile(
      "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z\\b");

  /**
   * A text from the library (a verdict's reason, an anomaly) with every instant it quotes in UTC shown as the
   * report shows times: in the agreement's zone, in the report's format. Other text is left as it is.
   */
  String quoted(String libraryText) {
    requireNonNull(libraryText, "libraryText");
    java.util.regex.Matcher m = QUOTED_INSTANT.matcher(libraryText);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      try {
        replacement = time(Instant.parse(m.group()));
      } catch (java.time.DateTimeException e) {
        replacement = m.group(); // not an instant after all (e.g. minutes without seconds): leave the text
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A metric's value, or "n/a (why)". */
  String metric(MetricResult<?> r) {
    return r.isComputed() ? value(r.value()) : na(r.reason().orElse("not computable"));
  }

  String na(String why) {
    return t(Label.NA_BECAUSE, why);
  }

  /** A value of a metric in this locale's format; types the report does not know print as the library does. */
  String value(Object v) {
    if (v instanceof MonetaryAmount m) {
      return money(m);
    }
    if (v instanceof Rate r) {
      return pct(r);
    }
    if (v instanceof Proportion p) {
      return t(Label.CI, pct(p.rate()), pct(p.lower()), pct(p.upper()), count(p.successes()), count(p.trials()));
    }
    if (v instanceof NetRetention n) {
      return t(Label.NRR_BAND, formats.percentOf(n.toPercent(), 2), n.band().label());
    }
    if (v instanceof LtvCacRatio l) {
      return formats.decimal(l.ratio().toBigDecimal(), 2) + " — " + l.health();
    }
    if (v instanceof Ratio q) {
      return formats.decimal(q.toBigDecimal(), 2);
    }
    if (v instanceof CycleTime c) {
      return t(Label.DAYS, formats.decimal(c.toDays(), 1));
    }
    return MetricResult.format(v);
  }

  /** A compliance rate, or "n/a" when no verdict was decided. */
  String compliance(StatusCounts c) {
    return c.compliance().map(this::pct).orElse(t(Label.NA));
  }

  /** The counts behind a compliance, as a tooltip. */
  String counts(StatusCounts c) {
    return t(Label.MET) + " " + count(c.met()) + ", " + t(Label.BREACHED) + " " + count(c.breached()) + ", "
        + t(Label.PENDING) + " " + count(c.pending()) + ", " + t(Label.AT_RISK) + " " + count(c.atRisk());
  }
}
