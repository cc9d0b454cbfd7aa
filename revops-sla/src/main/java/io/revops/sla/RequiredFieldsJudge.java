package io.revops.sla;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadField;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges {@link Obligation.RequiredFieldsComplete}: the required fields of the lead data (read as of the MQL
 * instant) all present (MET) or not (BREACHED); no lead data NOT_APPLICABLE. Later changes are shown, not judged.
 *
 * <p>Cost: one look-up per required field; a detailed trace adds a pass over the history's data changes.
 */
final class RequiredFieldsJudge extends Judge {
  private final Obligation.RequiredFieldsComplete r;

  RequiredFieldsJudge(String key, Obligation.RequiredFieldsComplete r) {
    super(key, r);
    this.r = r;
  }

  @Override
  ObligationVerdict judge(Judgement c) {
    Trace.Builder t = c.trace();
    if (c.lead == null) {
      return c.withoutLeadData(this, "", t);
    }
    // the lead data is read as of the MQL instant; later changes to required fields are shown, not judged
    if (t.detailed()) {
      c.h.events(LeadEvent.DataChanged.class).stream()
          .filter(e -> e.at().isAfter(c.mqlAt) && e.fields().stream().anyMatch(r.fields()::contains))
          .forEach(e -> t.event(e).note("required field(s) " + e.fields().stream().filter(r.fields()::contains)
              .toList() + " changed at " + e.at() + ", after the MQL instant"));
    }
    List<LeadField> missing = new ArrayList<>();
    for (LeadField f : r.fields()) {
      if (!present(f, c)) {
        missing.add(f);
      }
    }
    if (missing.isEmpty()) {
      return c.verdict(this, VerdictStatus.MET, () -> "all of " + r.fields() + " present at " + c.mqlAt, t);
    }
    return c.verdict(this, VerdictStatus.BREACHED, () -> "missing at " + c.mqlAt + ": " + missing, t);
  }

  private static boolean present(LeadField f, Judgement c) {
    Lead l = c.lead;
    Optional<Company> company = l.company();
    return switch (f) {
      case NAME -> l.contact().name().isPresent();
      case COMPANY -> company.isPresent();
      case JOB_TITLE -> l.contact().jobTitle().isPresent();
      case PHONE -> l.contact().phone().isPresent();
      case EMAIL -> l.contact().email().isPresent();
      case SOURCE -> c.h.source().isPresent() || l.source().isPresent();
      case FIRMOGRAPHICS -> company.isPresent() && company.get().employees().isPresent()
          && company.get().annualRevenue().isPresent() && company.get().industry().isPresent()
          && company.get().city().isPresent();
      case BANT -> l.bant().budget() != BantAnswer.UNKNOWN && l.bant().authority() != BantAnswer.UNKNOWN
          && l.bant().need() != BantAnswer.UNKNOWN && !l.bant().timeline().isUnknown();
      case OTHER -> true;
    };
  }
}
