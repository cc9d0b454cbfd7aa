package io.revops.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A fixed, dated table of exchange rates that the caller supplies; nothing is ever downloaded.
 *
 * <p>A rate {@code 1 FROM = rate TO} is valid from its date until the next date given for the same
 * pair. Converting as of a date uses the latest rate on or before that date; if only the opposite
 * direction is known, its inverse is used (to 34 significant digits). The converted amount is rounded
 * to the target currency's minor unit with the caller's {@link RoundingMode}.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.builder()
 *     .rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.50")
 *     .build();
 * rates.convert(Amounts.of("100", "USD"), Amounts.currency("RUB"), LocalDate.parse("2026-03-01"), RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRates {
  private static final ExchangeRates NONE = new ExchangeRates(Map.of());

  /** One dated rate: {@code 1 from = rate to}, valid from {@code validFrom}. */
  public record Entry(LocalDate validFrom, CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
    /** Validates the entry and normalises the scale of {@code rate}. */
    public Entry {
      requireNonNull(validFrom, "validFrom");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      Args.decimal("rate", rate);
      checkArgument(!from.equals(to), "exchange rate must be between two currencies, got %s to %s", from, to);
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("exchange rate " + from + "->" + to + " must be positive: "
            + Rate.plain(rate));
      }
      rate = Rate.normalise(rate);
    }
  }

  private record Pair(CurrencyUnit from, CurrencyUnit to) {}

  private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> table;

  private ExchangeRates(Map<Pair, NavigableMap<LocalDate, BigDecimal>> table) {
    this.table = table;
  }

  /** A table with no rates: every conversion between different currencies fails. */
  public static ExchangeRates none() {
    return NONE;
  }

  /** A table of the given entries. */
  public static ExchangeRates of(Iterable<Entry> entries) {
    requireNonNull(entries, "entries");
    Builder b = builder();
    entries.forEach(b::rate);
    return b.build();
  }

  /** A builder for a rate table. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every entry of the table, ordered by pair and date. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    table.forEach((pair, byDate) -> byDate.forEach((d, r) -> out.add(new Entry(d, pair.from(), pair.to(), r))));
    out.sort((a, b) -> {
      int c = a.from().getCurrencyCode().compareTo(b.from().getCurrencyCode());
      if (c == 0) c = a.to().getCurrencyCode().compareTo(b.to().getCurrencyCode());
      return c != 0 ? c : a.validFrom().compareTo(b.validFrom());
    });
    return Collections.unmodifiableList(out);
  }

  /**
   * The rate {@code 1 from = rate to} in force on {@code asOf}: the latest of the direct rates and the
   * inverted opposite rates dated on or before {@code asOf} (the direct one when both share a date), else
   * empty. The rate of a currency to itself is 1.
   */
  public Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate asOf) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(asOf, "asOf");
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    NavigableMap<LocalDate, BigDecimal> direct = table.get(new Pair(from, to));
    Map.Entry<LocalDate, BigDecimal> d = direct == null ? null : direct.floorEntry(asOf);
    NavigableMap<LocalDate, BigDecimal> inverse = table.get(new Pair(to, from));
    Map.Entry<LocalDate, BigDecimal> i = inverse == null ? null : inverse.floorEntry(asOf);
    if (d != null && (i == null || !i.getKey().isAfter(d.getKey()))) {
      return Optional.of(d.getValue());
    }
    if (i != null) {
      return Optional.of(Rate.normalise(BigDecimal.ONE.divide(i.getValue(), MathContext.DECIMAL128)));
    }
    return Optional.empty();
  }

  /**
   * {@code amount} in {@code target} as of {@code asOf}, rounded to the target's minor unit. An amount
   * already in {@code target} is returned unchanged: nothing was converted, so nothing is rounded.
   *
   * @throws IllegalArgumentException naming both currencies and the date if the table has no rate
   */
  public MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit target, LocalDate asOf, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(target, "target");
    requireNonNull(asOf, "asOf");
    requireNonNull(rounding, "rounding");
    if (amount.getCurrency().equals(target)) {
      return amount;
    }
    BigDecimal r = rate(amount.getCurrency(), target, asOf).orElseThrow(() -> new IllegalArgumentException(
        "no exchange rate " + amount.getCurrency().getCurrencyCode() + "->" + target.getCurrencyCode()
            + " on or before " + asOf + " to convert " + Amounts.format(amount)));
    return Amounts.round(Money.of(Amounts.toBigDecimal(amount).multiply(r), target), rounding);
  }

  /** True if the table holds no rate at all. */
  public boolean isEmpty() {
    return table.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExchangeRates other && table.equals(other.table);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ExchangeRates[");
    String sep = "";
    for (Entry e : entries()) {
      sb.append(sep).append(e.validFrom()).append(' ').append("1 ").append(e.from().getCurrencyCode())
          .append(" = ").append(e.rate().toPlainString()).append(' ').append(e.to().getCurrencyCode());
      sep = "; ";
    }
    return sb.append(']').toString();
  }

  /**
   * How far the product of a rate and the opposite rate given for the same date may be from 1 before the pair is
   * refused as inconsistent: {@code |rate(A->B) × rate(B->A) − 1| ≤ 0.001} (0.1%, enough for rates quoted to four
   * significant digits; a bank's buy and sell rates, a spread apart, are not one table).
   */
  public static final BigDecimal REVERSE_TOLERANCE = new BigDecimal("0.001");

  /**
   * Collects dated rates. The same rate given twice for a pair and date is kept once; a different rate for the
   * same pair and date is a conflict, refused naming both, so the table never depends on the order of its input.
   * A rate and the opposite rate given for the same date ({@code EUR->RUB} and {@code RUB->EUR}) must be each
   * other's inverse within {@link #REVERSE_TOLERANCE} (or the tolerance set with {@link #reverseTolerance}); an
   * inconsistent pair is refused naming both rates and their product, whichever came first.
   */
  public static final class Builder {
    private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> table = new java.util.HashMap<>();
    private BigDecimal reverseTolerance = REVERSE_TOLERANCE;

    private Builder() {}

    /**
     * Sets how far {@code rate(A->B) × rate(B->A)} of one date may be from 1 (default {@link #REVERSE_TOLERANCE});
     * it applies to the rates added after it.
     *
     * @throws IllegalArgumentException if {@code tolerance} is negative or not below 1
     */
    public Builder reverseTolerance(BigDecimal tolerance) {
      Args.decimal("tolerance", tolerance);
      if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
        throw new IllegalArgumentException("tolerance must be at least 0 and below 1: " + Rate.plain(tolerance));
      }
      this.reverseTolerance = tolerance;
      return this;
    }

    /** Adds {@code 1 from = rate to}, valid from {@code validFrom}. */
    public Builder rate(LocalDate validFrom, CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
      return rate(new Entry(validFrom, from, to, rate));
    }

    /** Adds {@code 1 from = rate to}, valid from {@code validFrom}, with ISO codes and a decimal string. */
    public Builder rate(LocalDate validFrom, String from, String to, String rate) {
      requireNonNull(rate, "rate");
      return rate(validFrom, currency("from", from), currency("to", to), Rate.decimal("rate", rate));
    }

    private static CurrencyUnit currency(String parameter, String code) {
      requireNonNull(code, parameter);
      try {
        return Amounts.currency(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
      }
    }

    /**
     * Adds an entry.
     *
     * @throws IllegalArgumentException naming both rates if the table already has a different rate for the pair
     *     and date
     */
    public Builder rate(Entry entry) {
      requireNonNull(entry, "entry");
      BigDecimal before = table.computeIfAbsent(new Pair(entry.from(), entry.to()), p -> new TreeMap<>())
          .putIfAbsent(entry.validFrom(), entry.rate());
      if (before != null && before.compareTo(entry.rate()) != 0) {
        throw new IllegalArgumentException("rate must not conflict with the rate already given for "
            + entry.from().getCurrencyCode() + "->" + entry.to().getCurrencyCode() + " on " + entry.validFrom()
            + ": " + Rate.plain(before) + " and " + Rate.plain(entry.rate()));
      }
      NavigableMap<LocalDate, BigDecimal> opposite = table.get(new Pair(entry.to(), entry.from()));
      BigDecimal reverse = opposite == null ? null : opposite.get(entry.validFrom());
      if (reverse != null) {
        BigDecimal product = entry.rate().multiply(reverse, MathContext.DECIMAL128);
        if (product.subtract(BigDecimal.ONE).abs().compareTo(reverseTolerance) > 0) {
          if (before == null) {
            table.get(new Pair(entry.from(), entry.to())).remove(entry.validFrom());
          }
          throw new IllegalArgumentException("rate must be consistent with the opposite rate given for "
              + entry.validFrom() + ": 1 " + entry.from().getCurrencyCode() + " = " + Rate.plain(entry.rate()) + " "
              + entry.to().getCurrencyCode() + " and 1 " + entry.to().getCurrencyCode() + " = " + Rate.plain(reverse)
              + " " + entry.from().getCurrencyCode() + " multiply to " + Rate.plain(Rate.normalise(product.round(new MathContext(8))))
              + ", more than " + Rate.plain(reverseTolerance) + " from 1");
        }
      }
      return this;
    }

    /** The immutable table. */
    public ExchangeRates build() {
      Map<Pair, NavigableMap<LocalDate, BigDecimal>> copy = new java.util.HashMap<>();
      table.forEach((k, v) -> copy.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
      return new ExchangeRates(Map.copyOf(copy));
    }
  }
}
