package io.revops.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * Events grouped by lead: one {@link LeadRow} per lead, however its events were spread over the input's
 * partitions (a shuffle by lead id). Cost: one shuffle of the events; a lead's events are held together in
 * one task while its row is built.
 */
public final class LeadHistories {
  private LeadHistories() {}

  /** The encoder of event rows. */
  public static Encoder<EventRow> eventEncoder() {
    return Encoders.bean(EventRow.class);
  }

  /** The encoder of lead rows. */
  public static Encoder<LeadRow> leadEncoder() {
    return Encoders.bean(LeadRow.class);
  }

  /**
   * One row per lead of {@code events}, with the lead's profile from {@code leads} when it has one (the first
   * if several); a lead with a profile and no events has no row.
   */
  public static Dataset<LeadRow> group(Dataset<EventRow> events, Dataset<LeadJsonRow> leads) {
    requireNonNull(events, "events");
    requireNonNull(leads, "leads");
    return events.groupByKey((MapFunction<EventRow, String>) EventRow::getLeadId, Encoders.STRING())
        .cogroup(leads.groupByKey((MapFunction<LeadJsonRow, String>) LeadJsonRow::getId, Encoders.STRING()),
            (CoGroupFunction<String, EventRow, LeadJsonRow, LeadRow>) (lead, rows, profiles) -> {
              List<EventRow> list = new ArrayList<>();
              rows.forEachRemaining(list::add);
              if (list.isEmpty()) {
                return Collections.emptyIterator();
              }
              String profile = profiles.hasNext() ? profiles.next().getJson() : null;
              return List.of(LeadRow.of(lead, list, profile)).iterator();
            }, leadEncoder());
  }

  /** One row per lead of {@code events}. */
  public static Dataset<LeadRow> group(Dataset<EventRow> events) {
    requireNonNull(events, "events");
    return events.groupByKey((MapFunction<EventRow, String>) EventRow::getLeadId, Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, EventRow, LeadRow>) (lead, rows) -> {
          List<EventRow> list = new ArrayList<>();
          rows.forEachRemaining(list::add);
          return LeadRow.of(lead, list);
        }, leadEncoder());
  }
}
