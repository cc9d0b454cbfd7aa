package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import io.revops.metrics.Accumulator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The monthly recurring revenue of every customer in every month: the input of every recurring-revenue
 * metric.
 *
 * <p>Records for the same customer, month and currency add up (several subscription lines); a customer
 * may pay in several currencies in the same month. The same record given more than once (same customer, month,
 * currency and amount: a row exported twice) is counted once and listed in {@link #duplicates()}, so a duplicated
 * row never doubles a customer's MRR silently; two subscription lines of equal amount are one record of their
 * sum. Build it at once with {@link #of(Iterable)} or in parts
 * with {@link #builder()}, whose {@link Builder#merge(Builder) merge} gives the same ledger as adding every
 * record to one builder, whatever the split.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueLedger {
  static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);

  // customer -> month -> currency -> exact MRR (trailing zeros stripped, so equals is numeric)
  private final SortedMap<CustomerId, NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>>> mrr;
  private final SortedSet<CurrencyUnit> currencies;
  private final SortedSet<CustomerId> customers;
  private final List<Row> rows;
  private final int records;
  private final int scale;
  private final Optional<YearMonth> firstMonth;
  private final Optional<YearMonth> lastMonth;

  private final List<Duplicate> duplicates;

  /**
   * A record given more than once: counted once.
   *
   * @param customerId the customer
   * @param month the month
   * @param mrr the amount of each copy
   * @param copies how many times it was given (at least 2)
   */
  public record Duplicate(CustomerId customerId, YearMonth month, MonetaryAmount mrr, int copies) {
    /** Validates the report. */
    public Duplicate {
      requireNonNull(customerId, "customerId");
      requireNonNull(month, "month");
      requireNonNull(mrr, "mrr");
      if (copies < 2) {
        throw new IllegalArgumentException("copies must be at least 2: " + copies);
      }
    }

    @Override
    public String toString() {
      return customerId + " " + month + " " + Amounts.format(mrr) + " given " + copies + " times; counted once";
    }
  }

  private RevenueLedger(SortedMap<CustomerId, NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>>> mrr,
      int records, List<Duplicate> duplicates) {
    this.mrr = mrr;
    this.records = records;
    this.duplicates = List.copyOf(duplicates);
    SortedSet<CurrencyUnit> cs = new TreeSet<>(BY_CODE);
    mrr.values().forEach(byMonth -> byMonth.values().forEach(m -> cs.addAll(m.keySet())));
    this.currencies = Collections.unmodifiableSortedSet(cs);
    // built once: every metric walks the customers, several times per report
    this.customers = Collections.unmodifiableSortedSet(new TreeSet<>(mrr.keySet()));
    this.scale = commonScale(mrr);
    List<Row> rs = new ArrayList<>(mrr.size());
    mrr.forEach((c, byMonth) -> rs.add(Row.of(c, byMonth, scale)));
    this.rows = List.copyOf(rs);
    this.firstMonth = mrr.values().stream().map(NavigableMap::firstKey).min(Comparator.naturalOrder());
    this.lastMonth = mrr.values().stream().map(NavigableMap::lastKey).max(Comparator.naturalOrder());
  }

  /** The largest scale of any amount (amounts are normalised: never negative), or -1 if above what a long holds. */
  private static int commonScale(
      SortedMap<CustomerId, NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>>> mrr) {
    int max = 0;
    for (NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> byMonth : mrr.values()) {
      for (SortedMap<CurrencyUnit, BigDecimal> byCur : byMonth.values()) {
        for (BigDecimal v : byCur.values()) {
          max = Math.max(max, v.scale());
        }
      }
    }
    return max <= Scaled.MAX_SCALE ? max : -1;
  }

  /** The ledger of {@code records}. */
  public static RevenueLedger of(Iterable<RevenueRecord> records) {
    requireNonNull(records, "records");
    return builder().addAll(records).result();
  }

  /** The ledger of {@code records}. */
  public static RevenueLedger of(RevenueRecord... records) {
    return of(Args.listOf("records", records));
  }

  /** An empty builder, which is also the ledger's {@link Accumulator}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every customer with at least one record, in id order. */
  public SortedSet<CustomerId> customers() {
    return customers;
  }

  /** Every currency any record is in, ordered by ISO code. */
  public SortedSet<CurrencyUnit> currencies() {
    return currencies;
  }

  /** True if the ledger has no record. */
  public boolean isEmpty() {
    return mrr.isEmpty();
  }

  /** The number of records added (before same-month records were added up). */
  public int recordCount() {
    return records;
  }

  /** The records given more than once, each counted once, ordered by customer, month and currency. */
  public List<Duplicate> duplicates() {
    return duplicates;
  }

  /** The earliest month with a record, if any. */
  public Optional<YearMonth> firstMonth() {
    return firstMonth;
  }

  /** The latest month with a record, if any. */
  public Optional<YearMonth> lastMonth() {
    return lastMonth;
  }

  /** The MRR of {@code customer} in {@code month}, one amount per currency (empty if nothing was recorded). */
  public List<MonetaryAmount> mrr(CustomerId customer, YearMonth month) {
    List<MonetaryAmount> out = new ArrayList<>();
    nativeMrr(customer, month).forEach((c, v) -> out.add(Amounts.of(v, c)));
    return List.copyOf(out);
  }

  /**
   * The ledger as records, one per customer, month and currency (same-month records added up), ordered by
   * customer, month and currency code. {@code RevenueLedger.of(ledger.entries())} has the same MRR.
   */
  public List<RevenueRecord> entries() {
    List<RevenueRecord> out = new ArrayList<>();
    mrr.forEach((c, byMonth) -> byMonth.forEach((m, byCur) -> byCur.forEach(
        (cur, v) -> out.add(new RevenueRecord(c, m, Amounts.of(v, cur))))));
    return List.copyOf(out);
  }

  /** True if {@code customer} paid something (positive MRR) in {@code month}. */
  public boolean isPresent(CustomerId customer, YearMonth month) {
    return isPositive(nativeMrr(customer, month));
  }

  /** The first month {@code customer} paid something, if it ever did. */
  public Optional<YearMonth> firstPaidMonth(CustomerId customer) {
    requireNonNull(customer, "customer");
    NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> byMonth = mrr.get(customer);
    if (byMonth == null) {
      return Optional.empty();
    }
    for (Map.Entry<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> e : byMonth.entrySet()) {
      if (isPositive(e.getValue())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** True if {@code customer} paid something in some month before {@code month}. */
  public boolean paidBefore(CustomerId customer, YearMonth month) {
    requireNonNull(month, "month");
    return firstPaidMonth(customer).map(m -> m.isBefore(month)).orElse(false);
  }

  SortedMap<CurrencyUnit, BigDecimal> nativeMrr(CustomerId customer, YearMonth month) {
    requireNonNull(customer, "customer");
    requireNonNull(month, "month");
    NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> byMonth = mrr.get(customer);
    SortedMap<CurrencyUnit, BigDecimal> m = byMonth == null ? null : byMonth.get(month);
    return m == null ? Collections.emptySortedMap() : m;
  }

  static boolean isPositive(Map<CurrencyUnit, BigDecimal> amounts) {
    for (BigDecimal v : amounts.values()) {
      if (v.signum() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Every customer's row, in customer order: the walk every metric makes (a list, not a tree, to walk). */
  List<Row> rows() {
    return rows;
  }

  /**
   * The scale at which the rows hold every single-currency amount as a {@link Row#scaled() long}: the largest
   * scale of any amount in the ledger, or -1 if that is too large for the fast path.
   */
  int scale() {
    return scale;
  }

  /**
   * One customer's MRR by month and currency, indexed by month from its first recorded month, with what the
   * metrics ask of every month precomputed: whether anything positive was paid, and the amount when the month
   * has a single currency (the usual case), also as a long at the ledger's {@link #scale() scale}.
   *
   * @param id the customer
   * @param first the index ({@code year * 12 + month - 1}) of the first month with a record
   * @param months the MRR by currency of each month from the first to the last with a record (null if none)
   * @param positive whether each month has a positive amount
   * @param singleCurrency the currency of each month with exactly one currency, else null
   * @param singleAmount the amount of each month with exactly one currency, else null
   * @param scaled the single amount of each month times {@code 10^scale} (the ledger's scale), exactly; null
   *     for the whole row if one of them does not fit a long
   * @param scales the scale of each month's single amount ({@link BigDecimal#scale()})
   * @param firstPaid the offset of the first month with a positive amount, or {@code months.size()} if none
   * @param last the index of the last month with a record (read without touching the arrays, to skip the row)
   */
  record Row(CustomerId id, int first, List<SortedMap<CurrencyUnit, BigDecimal>> months, boolean[] positive,
      CurrencyUnit[] singleCurrency, BigDecimal[] singleAmount, long[] scaled, int[] scales, int firstPaid,
      int last) {
    static Row of(CustomerId id, NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> byMonth, int scale) {
      int first = index(byMonth.firstKey());
      int n = index(byMonth.lastKey()) - first + 1;
      List<SortedMap<CurrencyUnit, BigDecimal>> months = new ArrayList<>(Collections.nCopies(n, null));
      boolean[] positive = new boolean[n];
      CurrencyUnit[] currency = new CurrencyUnit[n];
      BigDecimal[] amount = new BigDecimal[n];
      int[] scales = new int[n];
      byMonth.forEach((m, v) -> {
        int i = index(m) - first;
        months.set(i, v);
        positive[i] = isPositive(v);
        if (v.size() == 1) {
          currency[i] = v.firstKey();
          amount[i] = v.get(currency[i]);
          scales[i] = amount[i].scale();
        }
      });
      long[] scaled = Scaled.of(amount, scale);
      int firstPaid = 0;
      while (firstPaid < n && !positive[firstPaid]) {
        firstPaid++;
      }
      return new Row(id, first, Collections.unmodifiableList(months), positive, currency, amount, scaled, scales,
          firstPaid, first + n - 1);
    }

    static int index(YearMonth m) {
      return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    private int offset(YearMonth month) {
      int i = index(month) - first;
      return i < 0 || i >= positive.length ? -1 : i;
    }

    /** True if something positive was paid in the month at {@code offset} from the first (false outside the row). */
    boolean paidAt(int offset) {
      return offset >= 0 && offset < positive.length && positive[offset];
    }

    /** The MRR of {@code month} valued by {@code valuation} at the rates of {@code rateMonth}. */
    BigDecimal value(YearMonth month, Valuation valuation, YearMonth rateMonth) {
      return value(offset(month), valuation, rateMonth);
    }

    /** The MRR of the month at offset {@code i} from the first month (zero outside the row), valued likewise. */
    BigDecimal value(int i, Valuation valuation, YearMonth rateMonth) {
      if (i < 0 || i >= positive.length || months.get(i) == null) {
        return BigDecimal.ZERO;
      }
      return singleCurrency[i] != null ? valuation.value(singleCurrency[i], singleAmount[i], rateMonth)
          : valuation.value(months.get(i), rateMonth);
    }

    /** True if nothing is recorded from month index {@code start} to {@code end} ({@link #index}): a cheap skip. */
    boolean outside(int start, int end) {
      return first > end || last < start;
    }

    /** True if the customer paid something before the month at {@code offset} from its first month. */
    boolean paidBefore(int offset) {
      return firstPaid < Math.min(offset, positive.length);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RevenueLedger l && mrr.equals(l.mrr) && records == l.records
        && duplicates.equals(l.duplicates);
  }

  @Override
  public int hashCode() {
    return mrr.hashCode() * 31 + records;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RevenueLedger (").append(mrr.size()).append(" customers, ")
        .append(records).append(" records");
    firstMonth().ifPresent(f -> sb.append(", ").append(f).append(" → ").append(lastMonth().orElseThrow()));
    if (!currencies.isEmpty()) {
      sb.append(", ").append(currencies.stream().map(CurrencyUnit::getCurrencyCode).toList());
    }
    if (!duplicates.isEmpty()) {
      sb.append(", ").append(duplicates.size()).append(" duplicated records counted once");
    }
    return sb.append(')').toString();
  }

  /**
   * Collects records into a ledger; the ledger's {@link Accumulator}. Mutable and not thread-safe: use one
   * per partition and {@link #merge(Builder) merge} them.
   */
  public static final class Builder implements Accumulator<RevenueRecord, Builder, RevenueLedger> {
    // customer -> month -> currency -> each distinct amount (normalised) -> how many records gave it
    private final SortedMap<CustomerId, NavigableMap<YearMonth, SortedMap<CurrencyUnit, Map<BigDecimal, Integer>>>>
        mrr = new TreeMap<>();
    private int records;

    private Builder() {}

    @Override
    public Builder add(RevenueRecord record) {
      requireNonNull(record, "record");
      put(record.customerId(), record.month(), record.mrr().getCurrency(),
          Scaled.normalise(Amounts.toBigDecimal(record.mrr())), 1);
      records++;
      return this;
    }

    /** Adds {@code mrr} for {@code customerId} in {@code month}. */
    public Builder add(String customerId, YearMonth month, MonetaryAmount mrr) {
      return add(RevenueRecord.of(customerId, month, mrr));
    }

    private void put(CustomerId c, YearMonth m, CurrencyUnit cur, BigDecimal v, int copies) {
      mrr.computeIfAbsent(c, k -> new TreeMap<>()).computeIfAbsent(m, k -> new TreeMap<>(BY_CODE))
          .computeIfAbsent(cur, k -> new java.util.HashMap<>(2)).merge(v, copies, Integer::sum);
    }

    @Override
    public Builder merge(Builder other) {
      requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("other must not be this builder (it would count every record twice)");
      }
      other.mrr.forEach((c, byMonth) -> byMonth.forEach((m, byCur) -> byCur.forEach((cur, amounts) ->
          amounts.forEach((v, n) -> put(c, m, cur, v, n)))));
      records += other.records;
      return this;
    }

    @Override
    public RevenueLedger result() {
      SortedMap<CustomerId, NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>>> copy = new TreeMap<>();
      List<Duplicate> duplicates = new ArrayList<>();
      mrr.forEach((c, byMonth) -> {
        NavigableMap<YearMonth, SortedMap<CurrencyUnit, BigDecimal>> months = new TreeMap<>();
        byMonth.forEach((m, byCur) -> {
          SortedMap<CurrencyUnit, BigDecimal> cs = new TreeMap<>(BY_CODE);
          byCur.forEach((cur, amounts) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<BigDecimal, Integer> a : new TreeMap<>(amounts).entrySet()) {
              sum = sum.add(a.getKey());
              if (a.getValue() > 1) {
                duplicates.add(new Duplicate(c, m, Amounts.of(a.getKey(), cur), a.getValue()));
              }
            }
            cs.put(cur, Scaled.normalise(sum));
          });
          months.put(m, Collections.unmodifiableSortedMap(cs));
        });
        copy.put(c, Collections.unmodifiableNavigableMap(months));
      });
      return new RevenueLedger(Collections.unmodifiableSortedMap(copy), records, duplicates);
    }
  }
}
