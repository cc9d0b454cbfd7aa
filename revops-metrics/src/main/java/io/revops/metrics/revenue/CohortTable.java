package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import io.revops.core.money.Ratio;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Retention by monthly cohort of first payment: one row per cohort, one column per month since the
 * cohort's first month (column 0 is always 100%), up to the table's last month — a triangle.
 *
 * <p>A {@link Kind#LOGO logo} cell is the share of the cohort's customers paying in that month; a
 * {@link Kind#REVENUE revenue} cell is the cohort's MRR that month over its MRR in its first month, which
 * may exceed 100% through expansion. Customers who leave and come back count in every month they pay.
 * Cells are exact {@link Ratio}s; {@code toString()} prints them rounded half-even to one decimal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortTable {
  /** What a cell measures. */
  public enum Kind {
    /** Share of the cohort's customers still paying. */
    LOGO,
    /** The cohort's MRR relative to its first month. */
    REVENUE
  }

  /**
   * One cohort.
   *
   * @param cohort the month of first payment
   * @param customers how many customers first paid that month
   * @param startMrr their MRR in that month
   * @param cells the retention in months 0, 1, 2, … since {@code cohort}
   */
  public record Row(YearMonth cohort, int customers, MonetaryAmount startMrr, List<Ratio> cells) {
    /** Validates and copies. */
    public Row {
      requireNonNull(cohort, "cohort");
      Args.count("customers", customers);
      requireNonNull(startMrr, "startMrr");
      cells = List.copyOf(Args.noNulls("cells", cells));
    }

    /** The cell {@code monthsSinceStart} months after the cohort's first month. */
    public Ratio cell(int monthsSinceStart) {
      return cells.get(monthsSinceStart);
    }
  }

  private final Kind kind;
  private final YearMonth through;
  private final List<Row> rows;

  CohortTable(Kind kind, YearMonth through, List<Row> rows) {
    this.kind = requireNonNull(kind);
    this.through = requireNonNull(through);
    this.rows = List.copyOf(rows);
  }

  /** Logo or revenue retention. */
  public Kind kind() {
    return kind;
  }

  /** The last month of the table. */
  public YearMonth through() {
    return through;
  }

  /** The cohorts, oldest first. */
  public List<Row> rows() {
    return rows;
  }

  /** The row of {@code cohort}, if any customer first paid that month. */
  public java.util.Optional<Row> row(YearMonth cohort) {
    return rows.stream().filter(r -> r.cohort().equals(cohort)).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CohortTable t && kind == t.kind && through.equals(t.through) && rows.equals(t.rows);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, through, rows);
  }

  /** A text table: cohort, size, starting MRR, then one column per month since start. */
  @Override
  public String toString() {
    int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    StringBuilder sb = new StringBuilder(kind == Kind.LOGO ? "Logo" : "Revenue")
        .append(" retention by monthly cohort, through ").append(through).append('\n');
    int mrrWidth = Math.max(9, rows.stream().mapToInt(r -> Amounts.format(r.startMrr()).length()).max().orElse(0));
    sb.append(String.format(Locale.ROOT, "%-8s %5s %" + mrrWidth + "s", "cohort", "size", "start MRR"));
    for (int k = 0; k < columns; k++) {
      sb.append(String.format(Locale.ROOT, " %7s", "M" + k));
    }
    for (Row r : rows) {
      sb.append('\n').append(String.format(Locale.ROOT, "%-8s %5d %" + mrrWidth + "s", r.cohort(), r.customers(),
          Amounts.format(r.startMrr())));
      for (Ratio c : r.cells()) {
        sb.append(String.format(Locale.ROOT, " %7s", c.toPercentString(1, RoundingMode.HALF_EVEN)));
      }
    }
    return sb.toString();
  }
}
