package io.revops.metrics.acquisition;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One input to the acquisition metrics: a {@link Spend}, a count of {@link NewCustomers} or a count of
 * {@link NewLeads}, each for one month and, if known, one channel. Records without a channel count in
 * the blended figures only.
 */
public sealed interface AcquisitionRecord permits MonthlyRecord {
  /** The month the record belongs to. */
  YearMonth month();

  /** The channel, if the record is attributed to one. */
  Optional<Channel> channel();
}
