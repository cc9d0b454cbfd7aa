package io.revops.spark;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.ExchangeRates;
import io.revops.core.qualification.EvaluationContext;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import java.io.Serializable;
import java.time.Instant;

/**
 * What an executor needs to evaluate leads: the agreement (shipped as its JSON), the exchange rates and the
 * instant; the evaluator is built on first use, once per deserialized copy (once per task).
 */
final class SlaJob implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String agreementJson;
  private final Shipped<ExchangeRates> rates;
  private final Instant asOf;
  private transient SlaEvaluator evaluator;

  private SlaJob(SlaAgreement agreement, ExchangeRates rates, Instant asOf) {
    this.agreementJson = JsonForms.toJson(requireNonNull(agreement, "agreement"));
    this.rates = new Shipped<>(requireNonNull(rates, "rates"));
    this.asOf = requireNonNull(asOf, "asOf");
    SlaAgreement back = JsonForms.fromJson(agreementJson);
    if (!back.equals(agreement)) {
      throw new IllegalArgumentException("agreement does not survive its JSON form (a calendar the standard "
          + "CalendarCodec cannot describe?): " + agreement.name());
    }
  }

  static SlaJob of(SlaAgreement agreement, ExchangeRates rates, Instant asOf) {
    return new SlaJob(agreement, rates, asOf);
  }

  private SlaEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = SlaEvaluator.of(JsonForms.fromJson(agreementJson))
          .withEvaluationContext(EvaluationContext.of(rates.get()));
    }
    return evaluator;
  }

  SlaAccumulator accumulator() {
    // the leads are grouped by lead before they are evaluated: each comes once
    return evaluator().accumulatorOfDistinctLeads(asOf);
  }

  LeadVerdicts evaluate(LeadRow row) {
    LeadEventHistory history = row.history();
    return evaluator().evaluate(row.lead().map(l -> SlaInput.of(history, l)).orElseGet(() -> SlaInput.of(history)),
        asOf);
  }
}
