package io.revops.metrics.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.metrics.Accumulator;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects {@link Ticket}s into the mean and median resolution time of the resolved ones; open tickets
 * are counted and left out. The mean (and the median of an even count) is rounded to the nanosecond
 * with the accumulator's {@link RoundingMode}, {@link RoundingMode#HALF_EVEN} unless given. Merging the
 * accumulators of any split of the tickets gives the same result as one accumulator over all of them.
 * No resolved tickets gives a result that is not computable, reason {@code "no resolved tickets"}.
 *
 * <p>Keeps every resolution time, since a median needs them all. Mutable and not thread-safe, like
 * every {@link Accumulator}: use one per partition.
 */
public final class TicketResolutionAccumulator
    implements Accumulator<Ticket, TicketResolutionAccumulator, MetricResult<ResolutionTimes>> {
  /** The metric's name in results. */
  public static final String METRIC = "ticket resolution time";
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private final RoundingMode rounding;
  private final List<Duration> times = new ArrayList<>();
  private long open;

  private TicketResolutionAccumulator(RoundingMode rounding) {
    this.rounding = requireNonNull(rounding, "rounding");
  }

  /** An empty accumulator rounding {@link RoundingMode#HALF_EVEN}. */
  public static TicketResolutionAccumulator create() {
    return new TicketResolutionAccumulator(RoundingMode.HALF_EVEN);
  }

  /** An empty accumulator rounding with {@code rounding}. */
  public static TicketResolutionAccumulator create(RoundingMode rounding) {
    return new TicketResolutionAccumulator(rounding);
  }

  @Override
  public TicketResolutionAccumulator add(Ticket ticket) {
    requireNonNull(ticket, "ticket");
    ticket.resolutionTime().ifPresentOrElse(times::add, () -> open++);
    return this;
  }

  /**
   * Adds everything {@code other} has seen.
   *
   * @throws IllegalArgumentException if {@code other} rounds differently
   */
  @Override
  public TicketResolutionAccumulator merge(TicketResolutionAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "an accumulator cannot be merged into itself");
    checkArgument(rounding == other.rounding, "other must round the same way: %s vs %s", rounding, other.rounding);
    times.addAll(other.times);
    open = Math.addExact(open, other.open);
    return this;
  }

  @Override
  public MetricResult<ResolutionTimes> result() {
    long n = times.size();
    String explanation = n + (n == 1 ? " resolved ticket, " : " resolved tickets, ") + open
        + (open == 1 ? " open ticket" : " open tickets") + " excluded";
    if (n == 0) {
      return MetricResult.notComputable(METRIC, "no resolved tickets", explanation, List.of());
    }
    List<Duration> sorted = new ArrayList<>(times);
    sorted.sort(null);
    BigInteger sum = BigInteger.ZERO;
    for (Duration d : sorted) {
      sum = sum.add(nanos(d));
    }
    Duration mean = duration(new BigDecimal(sum).divide(BigDecimal.valueOf(n), 0, rounding).toBigIntegerExact());
    int mid = sorted.size() / 2;
    Duration median = sorted.size() % 2 == 1 ? sorted.get(mid)
        : duration(new BigDecimal(nanos(sorted.get(mid - 1)).add(nanos(sorted.get(mid))))
            .divide(BigDecimal.valueOf(2), 0, rounding).toBigIntegerExact());
    return MetricResult.of(METRIC, ResolutionTimes.of(mean, median, n, open), explanation, List.of());
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(d.getNano()));
  }

  private static Duration duration(BigInteger nanos) {
    BigInteger[] qr = nanos.divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValueExact());
  }
}
