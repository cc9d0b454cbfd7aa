package io.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The languages the report is written in ({@code --locale en|ru}): each with its explicit {@link Locale},
 * never the default one.
 */
public enum ReportLocale {
  /** English: {@code 1,200,000.00 RUB}, {@code 28.4%}. */
  EN(Locale.ENGLISH),
  /** Russian: {@code 1 200 000,00 ₽} (a no-break space between thousands), {@code 28,4 %}. */
  RU(Locale.forLanguageTag("ru-RU"));

  private final Locale locale;

  ReportLocale(Locale locale) {
    this.locale = locale;
  }

  /** The locale. */
  public Locale locale() {
    return locale;
  }

  /** The language tag of the page's {@code lang} attribute. */
  public String tag() {
    return locale.getLanguage();
  }

  /**
   * The report locale of {@code --locale}: {@code en} or {@code ru}, in any case.
   *
   * @throws IllegalArgumentException for any other value, naming it
   */
  public static ReportLocale parse(String text) {
    requireNonNull(text, "text");
    for (ReportLocale l : values()) {
      if (l.tag().equalsIgnoreCase(text.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("--locale must be en or ru: "
        + io.revops.core.batch.Quote.bounded(text));
  }
}
