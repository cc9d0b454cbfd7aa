package io.revops.sla;

import io.revops.core.lead.BehaviouralEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Judges {@link Obligation.ContextPresent}: the site visits, content downloads and attended events at or
 * before the MQL instant, at least the minimum (MET) or fewer (BREACHED); no lead data NOT_APPLICABLE.
 *
 * <p>Cost: one pass over the lead's behaviour.
 */
final class ContextJudge extends Judge {
  private final Obligation.ContextPresent p;

  ContextJudge(String key, Obligation.ContextPresent p) {
    super(key, p);
    this.p = p;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(this, "", t);
    }
    List<BehaviouralEvent> before = new ArrayList<>();
    int after = 0;
    for (BehaviouralEvent b : c.lead.behaviour()) {
      if (b instanceof BehaviouralEvent.SiteVisit || b instanceof BehaviouralEvent.ContentDownload
          || b instanceof BehaviouralEvent.EventAttended) {
        if (b.at().isAfter(c.mqlAt)) {
          after++;
        } else {
          before.add(b);
        }
      }
    }
    if (after > 0 && t.detailed()) {
      t.note(after + " context item(s) after the MQL instant not counted");
    }
    Supplier<String> found = () -> before.size() + " item(s): " + summary(before);
    return before.size() >= p.minItems()
        ? c.verdict(this, VerdictStatus.MET, found, t)
        : c.verdict(this, VerdictStatus.BREACHED, () -> found.get() + "; at least " + p.minItems()
            + " required", t);
  }

  private static String summary(List<BehaviouralEvent> items) {
    if (items.isEmpty()) {
      return "none";
    }
    Map<String, Long> byKind = items.stream().collect(Collectors.groupingBy(b -> b instanceof BehaviouralEvent.SiteVisit
        ? "page visits" : b instanceof BehaviouralEvent.ContentDownload ? "downloads" : "events attended",
        TreeMap::new, Collectors.counting()));
    return byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }
}
