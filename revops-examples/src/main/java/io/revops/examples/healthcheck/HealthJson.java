package io.revops.examples.healthcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import io.revops.json.RevOpsJson;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.core.batch.Finding;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.CycleTime;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.ConversionCounts;
import io.revops.sla.IsoWeek;
import io.revops.sla.ResponseBucket;
import io.revops.sla.StatusCounts;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * {@code report.json}: every figure of a {@link HealthReport} in the revops JSON dialect (money
 * {@code {"amount": .., "currency": ..}}; rates and ratios as JSON numbers, the fraction rounded half-even to
 * {@link RevOpsJson#REPORT_RATE_SCALE} decimal places, as the dialect writes computed rates in reports, and as
 * the document's {@code "precision"} field says: {@code 0.2876884422} is 28.77%). A metric is
 * {@code {"value": .., "explanation": ..}} or {@code {"notComputable": reason}}; a funnel conversion that is
 * not defined is {@code {"notComputable": reason}} too.
 */
final class HealthJson {
  private static final ObjectMapper MAPPER = RevOpsJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private HealthJson() {}

  static String write(HealthReport r) {
    try {
      return MAPPER.writeValueAsString(tree(r)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report.json could not be written", e);
    }
  }

  static ObjectNode tree(HealthReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", r.source());
    root.put("asOf", r.asOf().toString());
    root.put("period", r.period().toString());
    root.put("currency", r.currency().getCurrencyCode());
    root.putObject("precision").put("rateDecimalPlaces", RevOpsJson.REPORT_RATE_SCALE)
        .put("rates", PRECISION);

    ObjectNode input = root.putObject("input");
    input.put("rowsRead", r.rowsRead());
    input.put("rowsRejected", r.rowsRejected());
    input.put("leads", r.leads());
    input.put("events", r.events());
    input.put("historiesWithAnomalies", r.historiesWithAnomalies());
    ObjectNode byRule = input.putObject("rejectionsByRule");
    r.rejectionsByRule().forEach(byRule::put);
    // the report lists the first rows; the job writes every one beside it
    input.put("errorsListed", r.errors().size()).put("everyRejectedRowIn", RejectedRows.FILE);
    var errors = input.putArray("errors");
    for (Finding e : r.errors()) {
      errors.addObject().put("file", e.source()).put("line", e.line()).put("column", e.field()).put("value", e.value())
          .put("rule", e.rule());
    }

    var duplicateMrr = input.putArray("duplicateMrrRecords");
    r.duplicateMrrRecords().forEach(d -> duplicateMrr.addObject().put("customer", d.customerId().value())
        .put("month", d.month().toString()).<ObjectNode>set("mrr", MAPPER.valueToTree(d.mrr()))
        .put("copies", d.copies()).put("countedAs", 1));

    var missing = root.putArray("missingData");
    r.missingData().items().forEach(i -> missing.addObject().put("what", i.what()).put("why", i.why())
        .put("leavesOut", i.leavesOut()));

    ObjectNode funnel = root.putObject("funnel");
    for (LifecycleStage s : r.funnel().stages()) {
      if (s != LifecycleStage.VISITOR) {
        funnel.put(s.name().toLowerCase(java.util.Locale.ROOT), r.funnel().count(s).orElse(0));
      }
    }
    ObjectNode stageRates = root.putObject("funnelConversions");
    for (StageConversion c : r.funnel().conversions()) {
      if (c.from() != LifecycleStage.VISITOR) {
        stageRates.set(c.label(), c.rate().map(HealthJson::rate).orElseGet(() -> MAPPER.createObjectNode()
            .put("notComputable", c.explanation())));
      }
    }
    ObjectNode bowtie = root.putObject("bowtie");
    for (BowtieStage s : BowtieStage.values()) {
      bowtie.put(s.name().toLowerCase(java.util.Locale.ROOT), r.bowtie().volume(s));
    }
    ObjectNode conversions = root.putObject("conversions");
    r.conversions().forEach((name, p) -> conversions.set(name, metric(p, HealthJson::proportion)));

    ObjectNode cac = root.putObject("cac");
    cac.set("blended", metric(r.acquisition().cac(), MAPPER::valueToTree));
    ObjectNode byChannel = cac.putObject("byChannel");
    r.acquisition().cacByChannel().forEach((ch, m) -> byChannel.set(ch.source().code(), metric(m, MAPPER::valueToTree)));
    root.set("arpa", metric(r.arpa(), MAPPER::valueToTree));
    root.set("monthlyChurn", metric(r.monthlyChurn(), HealthJson::rate));
    root.set("ltv", metric(r.ltv(), MAPPER::valueToTree));
    root.set("ltvCac", metric(r.ltvCac(), HealthJson::ltvCac));
    root.set("nrr", metric(r.nrr(), HealthJson::nrr));
    root.set("grr", metric(r.grr(), HealthJson::rate));
    root.set("mrrMovements", metric(r.movements(), HealthJson::movements));

    ObjectNode cycle = root.putObject("salesCycle");
    cycle.put("start", r.cycle().policies().get(0).label());
    cycle.put("wonDeals", r.cycle().won());
    cycle.put("customers", r.deals().won());
    cycle.put("leftOutWithAnomalies", r.deals().wonUnsound());
    cycle.put("leftOutWithNoStart", r.deals().won() - r.cycle().won() - r.deals().wonUnsound());
    cycle.set("medianDays", metric(r.cycle().median(), HealthJson::days));
    cycle.set("p90Days", metric(r.cycle().p90(), HealthJson::days));

    ObjectNode sla = root.putObject("sla");
    sla.put("agreement", r.sla().agreement().name());
    sla.put("mqls", r.sla().mqls());
    ObjectNode obligations = sla.putObject("obligations");
    r.sla().compliance().forEach((key, c) -> obligations.set(key, status(c)));
    ObjectNode weekly = sla.putObject("complianceByWeek");
    HealthHtml.firstContactKey(r).ifPresent(key -> {
      ObjectNode weeks = weekly.putObject(key);
      for (Map.Entry<IsoWeek, StatusCounts> e : r.sla().complianceByWeek(key).entrySet()) {
        weeks.set(e.getKey().toString(), status(e.getValue()));
      }
    });
    ObjectNode speed = sla.putObject("speedToLead");
    for (Map.Entry<ResponseBucket, ConversionCounts> e : r.sla().speedToLead().buckets().entrySet()) {
      ConversionCounts c = e.getValue();
      ObjectNode b = speed.putObject(e.getKey().name().toLowerCase(java.util.Locale.ROOT));
      b.put("mqls", c.mqls()).put("sqls", c.sqls()).put("rejected", c.rejected()).put("open", c.open());
      c.conversion().ifPresent(rate -> b.set("conversion", rate(rate)));
    }

    ObjectNode friction = root.putObject("friction");
    r.lowestConversion().ifPresent(f -> friction.put("lowestConversion", f.toString()));
    r.sensitivity().ifPresentOrElse(s -> {
      friction.put("topLever", s.top().name());
      friction.put("topLeverChange", s.top().change());
      friction.put("topLeverEffect", s.top().effectText());
      friction.put("topLeverNewCustomers", s.top().effect().setScale(2, java.math.RoundingMode.HALF_EVEN));
    }, () -> friction.put("note", r.sensitivityNote()));
    ObjectNode lever = friction.putObject("leverInputs");
    lever.put("window", r.lever().window().toString());
    var observed = lever.putArray("observed");
    r.lever().observed().forEach(observed::add);
    var unobserved = lever.putArray("notInTheData");
    r.lever().unobserved().forEach(u -> unobserved.addObject().put("input", u.input()).put("why", u.why())
        .put("assumed", u.assumed()));

    ObjectNode quality = root.putObject("dataQuality");
    r.dataQuality().ifPresentOrElse(q -> {
      quality.put("leads", q.leads()).put("leadsCountedTwice", q.leadsCountedTwice())
          .put("distinctPeople", q.distinctPeople())
          .put("duplicatePeopleClusters", q.duplicatePeople().size())
          .put("duplicateCompanyClusters", q.duplicateCompanies().size())
          .put("unreadableValues", r.dataQualityFindings().size());
      ObjectNode usable = quality.putObject("usableValues");
      q.completeness().forEach(c -> usable.put(c.field(), c.usable()));
    }, () -> quality.put("notComputed", r.dataQualityMissing()));
    return root;
  }

  private interface Value<T> {
    JsonNode json(T value);
  }

  private static <T> ObjectNode metric(MetricResult<T> m, Value<? super T> value) {
    ObjectNode n = MAPPER.createObjectNode();
    if (m.isComputed()) {
      n.set("value", value.json(m.value()));
      n.put("explanation", m.explanation());
    } else {
      n.put("notComputable", m.reason().orElse(""));
    }
    return n;
  }

  private static JsonNode proportion(Proportion p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("successes", p.successes()).put("trials", p.trials());
    n.set("rate", rate(p.rate()));
    n.set("lower", rate(p.lower()));
    n.set("upper", rate(p.upper()));
    return n;
  }

  private static JsonNode ltvCac(LtvCacRatio r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("ratio", ratio(r.ratio()));
    n.put("band", r.health().name().toLowerCase(java.util.Locale.ROOT));
    return n;
  }

  private static JsonNode nrr(NetRetention n) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("ratio", ratio(n.ratio()));
    o.put("band", n.band().name().toLowerCase(java.util.Locale.ROOT));
    return o;
  }

  private static JsonNode days(CycleTime t) {
    return MAPPER.getNodeFactory().numberNode(t.toDays());
  }

  private static JsonNode movements(MrrMovements m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("start", m.start().toString()).put("end", m.end().toString());
    put(n, "startMrr", m.startMrr());
    put(n, "newMrr", m.newMrr());
    put(n, "expansion", m.expansion());
    put(n, "reactivation", m.reactivation());
    put(n, "contraction", m.contraction());
    put(n, "churn", m.churn());
    put(n, "fxImpact", m.fxImpact());
    put(n, "endMrr", m.endMrr());
    return n;
  }

  private static void put(ObjectNode n, String field, MonetaryAmount m) {
    n.set(field, MAPPER.valueToTree(m));
  }

  private static JsonNode status(StatusCounts c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("met", c.met()).put("breached", c.breached()).put("pending", c.pending()).put("atRisk", c.atRisk())
        .put("notApplicable", c.notApplicable());
    c.compliance().ifPresent(rate -> n.set("compliance", rate(rate)));
    return n;
  }

  /** What {@code "precision"} says of every rate and ratio in the document. */
  static final String PRECISION = "rates and ratios are JSON numbers: the fraction (0.2877 is 28.77%) or the ratio"
      + " (NRR 1.0217, LTV:CAC 8.48), rounded half-even to " + RevOpsJson.REPORT_RATE_SCALE + " decimal places";

  /** A computed rate: the fraction as a JSON number ({@link RevOpsJson#reportRate}). */
  static JsonNode rate(Rate r) {
    return MAPPER.getNodeFactory().numberNode(RevOpsJson.reportRate(r));
  }

  /** A computed ratio as a JSON number ({@link RevOpsJson#reportRatio}). */
  static JsonNode ratio(Ratio r) {
    return MAPPER.getNodeFactory().numberNode(RevOpsJson.reportRatio(r));
  }
}
