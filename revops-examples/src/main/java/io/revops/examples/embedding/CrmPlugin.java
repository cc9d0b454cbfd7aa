package io.revops.examples.embedding;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a CRM plugin embeds revops: the host owns a {@link CrmMapping} from its records to revops types, builds
 * one plugin from its configuration (the MQL definition, the SLA agreement, exchange rates), and evaluates
 * per request — a lead card asks "is this an MQL, and why?", an SLA widget asks "how is this lead doing
 * against the SLA?". Everything is passed in: no static state, no threads, no clock (the host says "as of
 * when"), no files or network.
 *
 * <pre>{@code
 * CrmPlugin plugin = CrmPlugin.of(ExampleCrmMapping.create(), HandbookCriteria.mql(),
 *     SlaAgreement.handbook(calendar), EvaluationContext.of(rates));
 * Evaluation verdict = plugin.qualify(leadRecord, requestInstant);
 * LeadVerdicts sla = plugin.sla(leadRecord, activityRecords, requestInstant);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the mapping is: one instance can serve concurrent requests.
 */
public final class CrmPlugin {
  private final CrmMapping mapping;
  private final Criterion mql;
  private final EvaluationContext context;
  private final SlaEvaluator sla;

  private CrmPlugin(CrmMapping mapping, Criterion mql, SlaAgreement agreement, EvaluationContext context) {
    this.mapping = requireNonNull(mapping, "mapping");
    this.mql = requireNonNull(mql, "mql");
    this.context = requireNonNull(context, "context");
    // the SLA's MQL obligation checks the same definition the plugin qualifies with
    this.sla = SlaEvaluator.of(requireNonNull(agreement, "agreement").replacing(Obligation.mqlMeetsCriteria(mql)))
        .withEvaluationContext(context);
  }

  /** A plugin for one host configuration. */
  public static CrmPlugin of(CrmMapping mapping, Criterion mql, SlaAgreement agreement, EvaluationContext context) {
    return new CrmPlugin(mapping, mql, agreement, context);
  }

  /** Qualifies the lead a CRM record describes, as of {@code asOf}: passed, failed or unknown, with reasons. */
  public Evaluation qualify(CrmRecord leadRecord, Instant asOf) {
    requireNonNull(asOf, "asOf");
    return mql.evaluate(mapping.lead(requireNonNull(leadRecord, "leadRecord")), asOf, context);
  }

  /**
   * Evaluates the SLA for one lead, as of {@code asOf}: every obligation met, breached, pending or at risk,
   * with reasons. The mapping gives the creation event from the lead record and the other events from the
   * activities.
   */
  public LeadVerdicts sla(CrmRecord leadRecord, List<CrmRecord> activities, Instant asOf) {
    requireNonNull(leadRecord, "leadRecord");
    requireNonNull(activities, "activities");
    requireNonNull(asOf, "asOf");
    Lead lead = mapping.lead(leadRecord);
    List<LeadEvent> events = new ArrayList<>();
    events.add(mapping.created(leadRecord));
    for (CrmRecord a : activities) {
      mapping.event(leadRecord, a).ifPresent(events::add);
    }
    LeadEventHistory history = LeadEventHistory.of(LeadId.of(leadRecord.id()), events);
    return sla.evaluate(SlaInput.of(history, lead), asOf);
  }

  @Override
  public String toString() {
    return "CrmPlugin[" + mapping + ", MQL " + mql.name() + ", SLA " + sla.agreement().name() + "]";
  }
}
