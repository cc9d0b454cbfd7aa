package io.revops.json.sla;

import io.revops.core.lead.LeadId;
import io.revops.json.JsonCursor;
import io.revops.json.JsonPathException;
import io.revops.sla.VerdictStatus;
import io.revops.sla.WhatIfSummary;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The streaming decoder of the what-if document, read as a {@link WhatIfSummary} (a {@link io.revops.sla.WhatIf}
 * is written as its summary):
 *
 * <pre>{@code
 * {"base": "handbook", "changed": "24 hours",
 *  "changes": [{"leadId": "L-1", "obligation": "first_contact", "before": "breached", "beforeReason": "...",
 *               "after": "met", "afterReason": "..."}],
 *  "quotaChanges": [{"month": "2026-11", "before": "at_risk", "after": "met"}]}
 * }</pre>
 *
 * <p>A side of a change is its status and, for a per-lead change, its reason: a {@code "before"} without its
 * {@code "beforeReason"} (or the reverse) is rejected, and so is a change whose statuses are the same or that has
 * neither side. Every failure is a {@link JsonPathException} with the path, the value and the rule; unknown fields
 * are rejected; statuses and obligation keys are read case-insensitively, in snake case only. Cost: one pass over
 * the document, linear in its size.
 */
final class WhatIfDecoders {
  private WhatIfDecoders() {}

  private static final String STATUS = "a verdict status, one of " + JsonCursor.allowed(VerdictStatus.class);

  static WhatIfSummary summary(JsonCursor in) throws IOException {
    in.beginObject("a what-if comparison");
    String base = null;
    String changed = null;
    List<WhatIfSummary.Change> changes = null;
    List<WhatIfSummary.QuotaChange> quota = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "base" -> base = in.text("the base agreement's name");
        case "changed" -> changed = in.text("the changed agreement's name");
        case "changes" -> changes = in.list("changed verdicts", WhatIfDecoders::change);
        case "quotaChanges" -> quota = in.list("changed quota verdicts", WhatIfDecoders::quotaChange);
        default -> throw in.unknownField("base, changed, changes, quotaChanges");
      }
    }
    String b = in.required(base, "base", "the base agreement's name (a JSON string)");
    String c = in.required(changed, "changed", "the changed agreement's name (a JSON string)");
    List<WhatIfSummary.Change> ch = in.required(changes, "changes", "an array of changed verdicts");
    List<WhatIfSummary.QuotaChange> q = in.required(quota, "quotaChanges", "an array of changed quota verdicts");
    return in.build(() -> new WhatIfSummary(b, c, ch, q));
  }

  static WhatIfSummary.Change change(JsonCursor in) throws IOException {
    in.beginObject("a changed verdict");
    String leadId = null;
    String key = null;
    VerdictStatus before = null;
    String beforeReason = null;
    VerdictStatus after = null;
    String afterReason = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "leadId" -> leadId = in.text("a lead id");
        case "obligation" -> key = ReportDecoders.obligationKey(in, in.text("an obligation key"));
        case "before" -> before = in.enumValue(VerdictStatus.class);
        case "beforeReason" -> beforeReason = in.text("the base verdict's reason");
        case "after" -> after = in.enumValue(VerdictStatus.class);
        case "afterReason" -> afterReason = in.text("the changed verdict's reason");
        default -> throw in.unknownField("leadId, obligation, before, beforeReason, after, afterReason");
      }
    }
    String id = in.required(leadId, "leadId", "a lead id (a JSON string)");
    String k = in.required(key, "obligation", "an obligation key such as \"first_contact\"");
    Optional<WhatIfSummary.Verdict> b = side(in, "before", before, beforeReason);
    Optional<WhatIfSummary.Verdict> a = side(in, "after", after, afterReason);
    return in.build(() -> new WhatIfSummary.Change(LeadId.of(id), k, b, a));
  }

  /** One side of a per-lead change: both its status and its reason, or neither. */
  private static Optional<WhatIfSummary.Verdict> side(JsonCursor in, String field, VerdictStatus status,
      String reason) throws JsonPathException {
    if (status == null && reason == null) {
      return Optional.empty();
    }
    if (status == null) {
      throw in.missing(field, STATUS + ", as \"" + field + "Reason\" is given");
    }
    if (reason == null) {
      throw in.missing(field + "Reason", "the verdict's reason (a JSON string), as \"" + field + "\" is given");
    }
    return Optional.of(in.build(() -> new WhatIfSummary.Verdict(status, reason)));
  }

  static WhatIfSummary.QuotaChange quotaChange(JsonCursor in) throws IOException {
    in.beginObject("a changed quota verdict");
    YearMonth month = null;
    VerdictStatus before = null;
    VerdictStatus after = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "month" -> month = in.month();
        case "before" -> before = in.enumValue(VerdictStatus.class);
        case "after" -> after = in.enumValue(VerdictStatus.class);
        default -> throw in.unknownField("month, before, after");
      }
    }
    YearMonth m = in.required(month, "month", "a month such as \"2026-11\"");
    Optional<VerdictStatus> b = Optional.ofNullable(before);
    Optional<VerdictStatus> a = Optional.ofNullable(after);
    return in.build(() -> new WhatIfSummary.QuotaChange(m, b, a));
  }
}
