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
import io.revops.json.sla.ObligationKeys;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.core.batch.Finding;
import io.revops.metrics.MetricResult;
import io.revops.metrics.cycle.CycleTime;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.sla.ConversionCounts;
import io.revops.sla.IsoWeek;
import io.revops.sla.ResponseBucket;
import io.revops.sla.StatusCounts;
import io.revops.examples.healthcheck.HealthDocument.Figure;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * {@code report.json}: every figure of a {@link HealthReport} in the revops JSON dialect (money
 * {@code {"amount": .., "currency": ..}}; rates and ratios as JSON numbers, the fraction rounded half-even to
 * {@link RevOpsJson#REPORT_RATE_SCALE} decimal places, as the dialect writes computed rates in reports, and as
 * the document's {@code "precision"} field says: {@code 0.2876884422} is 28.77%). A metric is
 * {@code {"value": .., "explanation": ..}} or {@code {"notComputable": reason}}; a funnel conversion that is
 * not defined is {@code {"notComputable": reason}} too. Obligation keys are the dialect's snake case
 * ({@code "first_contact"}, {@code "first_contact#2"}: {@link ObligationKeys}), as in the SLA documents; the
 * {@link HealthDocument} keeps the agreement's ({@code "first-contact"}).
 *
 * <p>The report's figures are first taken as a {@link HealthDocument} ({@link #document}), which is then written
 * ({@link #tree(HealthDocument)}); {@link HealthDocumentReader} reads the text back into an equal document, so
 * one value stands between the report and its text both ways. Cost: linear in the report's listed rows and maps.
 */
final class HealthJson {
  private static final ObjectMapper MAPPER = RevOpsJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private HealthJson() {}

  static String write(HealthReport r) {
    return write(document(r));
  }

  static String write(HealthDocument d) {
    try {
      return MAPPER.writeValueAsString(tree(d)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report.json could not be written", e);
    }
  }

  static ObjectNode tree(HealthReport r) {
    return tree(document(r));
  }

  // ---- the report's figures as the document states them

  static HealthDocument document(HealthReport r) {
    HealthDocument.Input input = new HealthDocument.Input(r.rowsRead(), r.rowsRejected(), r.leads(), r.events(),
        r.historiesWithAnomalies(), r.rejectionsByRule(), r.errors(), r.duplicateMrrRecords().stream()
        .map(d -> new HealthDocument.DuplicateMrr(d.customerId().value(), d.month(), d.mrr(), d.copies())).toList());
    List<HealthDocument.Missing> missing = r.missingData().items().stream()
        .map(i -> new HealthDocument.Missing(i.what(), i.why(), i.leavesOut())).toList();
    Map<String, Long> funnel = new LinkedHashMap<>();
    for (LifecycleStage s : r.funnel().stages()) {
      if (s != LifecycleStage.VISITOR) {
        funnel.put(s.name().toLowerCase(Locale.ROOT), r.funnel().count(s).orElse(0));
      }
    }
    Map<String, Figure<BigDecimal>> stageRates = new LinkedHashMap<>();
    for (StageConversion c : r.funnel().conversions()) {
      if (c.from() != LifecycleStage.VISITOR) {
        stageRates.put(c.label(), c.rate().map(x -> Figure.of(RevOpsJson.reportRate(x)))
            .orElseGet(() -> Figure.notComputable(c.explanation())));
      }
    }
    Map<String, Long> bowtie = new LinkedHashMap<>();
    for (BowtieStage s : BowtieStage.values()) {
      bowtie.put(s.name().toLowerCase(Locale.ROOT), r.bowtie().volume(s));
    }
    Map<String, Figure<HealthDocument.Proportion>> conversions = new LinkedHashMap<>();
    r.conversions().forEach((name, p) -> conversions.put(name, figure(p, x -> new HealthDocument.Proportion(
        x.successes(), x.trials(), RevOpsJson.reportRate(x.rate()), RevOpsJson.reportRate(x.lower()),
        RevOpsJson.reportRate(x.upper())))));
    Map<String, Figure<MonetaryAmount>> byChannel = new LinkedHashMap<>();
    r.acquisition().cacByChannel().forEach((ch, m) -> byChannel.put(ch.source().code(), figure(m, x -> x)));
    HealthDocument.Cycle cycle = new HealthDocument.Cycle(r.cycle().policies().get(0).label(), r.cycle().won(),
        r.deals().won(), r.deals().wonUnsound(), r.deals().won() - r.cycle().won() - r.deals().wonUnsound(),
        figure(r.cycle().median(), CycleTime::toDays), figure(r.cycle().p90(), CycleTime::toDays));
    Map<String, HealthDocument.Counts> obligations = new LinkedHashMap<>();
    r.sla().compliance().forEach((key, c) -> obligations.put(key, counts(c)));
    Map<String, Map<String, HealthDocument.Counts>> weekly = new LinkedHashMap<>();
    HealthHtml.firstContactKey(r).ifPresent(key -> {
      Map<String, HealthDocument.Counts> weeks = new LinkedHashMap<>();
      for (Map.Entry<IsoWeek, StatusCounts> e : r.sla().complianceByWeek(key).entrySet()) {
        weeks.put(e.getKey().toString(), counts(e.getValue()));
      }
      weekly.put(key, weeks);
    });
    Map<String, HealthDocument.Bucket> speed = new LinkedHashMap<>();
    for (Map.Entry<ResponseBucket, ConversionCounts> e : r.sla().speedToLead().buckets().entrySet()) {
      ConversionCounts c = e.getValue();
      speed.put(e.getKey().name().toLowerCase(Locale.ROOT), new HealthDocument.Bucket(c.mqls(), c.sqls(),
          c.rejected(), c.open(), c.conversion().map(RevOpsJson::reportRate)));
    }
    HealthDocument.Sla sla = new HealthDocument.Sla(r.sla().agreement().name(), r.sla().mqls(), obligations, weekly,
        speed);
    Optional<HealthDocument.Lever> lever = r.sensitivity().map(s -> new HealthDocument.Lever(s.top().name(),
        s.top().change(), s.top().effectText(), s.top().effect().setScale(2, java.math.RoundingMode.HALF_EVEN)));
    HealthDocument.Friction friction = new HealthDocument.Friction(r.lowestConversion().map(Object::toString), lever,
        r.sensitivityNote(), r.lever().window().toString(),
        r.lever().observed(), r.lever().unobserved().stream()
        .map(u -> new HealthDocument.Unobserved(u.input(), u.why(), u.assumed())).toList());
    HealthDocument.Quality quality = r.dataQuality().map(q -> {
      Map<String, Long> usable = new LinkedHashMap<>();
      q.completeness().forEach(c -> usable.put(c.field(), c.usable()));
      return new HealthDocument.Quality(Optional.of(new HealthDocument.QualityFigures(q.leads(),
          q.leadsCountedTwice(), q.distinctPeople(), q.duplicatePeople().size(), q.duplicateCompanies().size(),
          r.dataQualityFindings().size(), usable)), Optional.empty());
    }).orElseGet(() -> new HealthDocument.Quality(Optional.empty(), r.dataQualityMissing()));
    return new HealthDocument(r.source(), r.asOf(), r.period().toString(), r.currency().getCurrencyCode(), input,
        missing, funnel, stageRates, bowtie, conversions, figure(r.acquisition().cac(), x -> x), byChannel,
        figure(r.arpa(), x -> x), figure(r.monthlyChurn(), RevOpsJson::reportRate), figure(r.ltv(), x -> x),
        figure(r.ltvCac(), x -> new HealthDocument.Banded(RevOpsJson.reportRatio(x.ratio()),
            x.health().name().toLowerCase(Locale.ROOT))),
        figure(r.nrr(), x -> new HealthDocument.Banded(RevOpsJson.reportRatio(x.ratio()),
            x.band().name().toLowerCase(Locale.ROOT))),
        figure(r.grr(), RevOpsJson::reportRate), figure(r.movements(), HealthJson::movements), cycle, sla, friction,
        quality);
  }

  private static <T, V> Figure<V> figure(MetricResult<T> m, Function<? super T, V> value) {
    return m.isComputed() ? Figure.explained(value.apply(m.value()), m.explanation().orElseThrow())
        : Figure.notComputable(m.reason().orElseThrow());
  }

  private static HealthDocument.Counts counts(StatusCounts c) {
    return new HealthDocument.Counts(c.met(), c.breached(), c.pending(), c.atRisk(), c.notApplicable(),
        c.compliance().map(RevOpsJson::reportRate));
  }

  private static HealthDocument.Movements movements(MrrMovements m) {
    List<MonetaryAmount> amounts = List.of(m.startMrr(), m.newMrr(), m.expansion(), m.reactivation(),
        m.contraction(), m.churn(), m.fxImpact(), m.endMrr());
    Map<String, MonetaryAmount> byName = new LinkedHashMap<>();
    for (int i = 0; i < amounts.size(); i++) {
      byName.put(HealthDocument.Movements.AMOUNTS.get(i), amounts.get(i));
    }
    return new HealthDocument.Movements(m.start(), m.end(), byName);
  }

  // ---- the document as JSON

  static ObjectNode tree(HealthDocument d) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", d.source());
    root.put("asOf", d.asOf().toString());
    root.put("period", d.period());
    root.put("currency", d.currency());
    root.putObject("precision").put("rateDecimalPlaces", RevOpsJson.REPORT_RATE_SCALE)
        .put("rates", PRECISION);

    HealthDocument.Input in = d.input();
    ObjectNode input = root.putObject("input");
    input.put("rowsRead", in.rowsRead());
    input.put("rowsRejected", in.rowsRejected());
    input.put("leads", in.leads());
    input.put("events", in.events());
    input.put("historiesWithAnomalies", in.historiesWithAnomalies());
    ObjectNode byRule = input.putObject("rejectionsByRule");
    in.rejectionsByRule().forEach(byRule::put);
    // the report lists the first rows; the job writes every one beside it
    input.put("errorsListed", in.errors().size()).put("everyRejectedRowIn", RejectedRows.FILE);
    var errors = input.putArray("errors");
    for (Finding e : in.errors()) {
      // "" for no column and for no value: the document's shape (HealthDocumentReader reads it back)
      errors.addObject().put("file", e.source()).put("line", e.line()).put("column", e.field().orElse(""))
          .put("value", e.value().orElse("")).put("rule", e.rule());
    }
    var duplicateMrr = input.putArray("duplicateMrrRecords");
    in.duplicateMrrRecords().forEach(x -> duplicateMrr.addObject().put("customer", x.customer())
        .put("month", x.month().toString()).<ObjectNode>set("mrr", MAPPER.valueToTree(x.mrr()))
        .put("copies", x.copies()).put("countedAs", 1));

    var missing = root.putArray("missingData");
    d.missingData().forEach(i -> missing.addObject().put("what", i.what()).put("why", i.why())
        .put("leavesOut", i.leavesOut()));

    ObjectNode funnel = root.putObject("funnel");
    d.funnel().forEach(funnel::put);
    ObjectNode stageRates = root.putObject("funnelConversions");
    d.funnelConversions().forEach((label, f) -> stageRates.set(label, f.value().<JsonNode>map(HealthJson::number)
        .orElseGet(() -> MAPPER.createObjectNode().put("notComputable", f.text().orElseThrow()))));
    ObjectNode bowtie = root.putObject("bowtie");
    d.bowtie().forEach(bowtie::put);
    ObjectNode conversions = root.putObject("conversions");
    d.conversions().forEach((name, p) -> conversions.set(name, metric(p, HealthJson::proportion)));

    ObjectNode cac = root.putObject("cac");
    cac.set("blended", metric(d.cac(), MAPPER::valueToTree));
    ObjectNode byChannel = cac.putObject("byChannel");
    d.cacByChannel().forEach((ch, m) -> byChannel.set(ch, metric(m, MAPPER::valueToTree)));
    root.set("arpa", metric(d.arpa(), MAPPER::valueToTree));
    root.set("monthlyChurn", metric(d.monthlyChurn(), HealthJson::number));
    root.set("ltv", metric(d.ltv(), MAPPER::valueToTree));
    root.set("ltvCac", metric(d.ltvCac(), HealthJson::banded));
    root.set("nrr", metric(d.nrr(), HealthJson::banded));
    root.set("grr", metric(d.grr(), HealthJson::number));
    root.set("mrrMovements", metric(d.mrrMovements(), HealthJson::movements));

    HealthDocument.Cycle c = d.salesCycle();
    ObjectNode cycle = root.putObject("salesCycle");
    cycle.put("start", c.start());
    cycle.put("wonDeals", c.wonDeals());
    cycle.put("customers", c.customers());
    cycle.put("leftOutWithAnomalies", c.leftOutWithAnomalies());
    cycle.put("leftOutWithNoStart", c.leftOutWithNoStart());
    cycle.set("medianDays", metric(c.medianDays(), HealthJson::number));
    cycle.set("p90Days", metric(c.p90Days(), HealthJson::number));

    ObjectNode sla = root.putObject("sla");
    sla.put("agreement", d.sla().agreement());
    sla.put("mqls", d.sla().mqls());
    ObjectNode obligations = sla.putObject("obligations");
    d.sla().obligations().forEach((key, x) -> obligations.set(ObligationKeys.toJson(key), status(x)));
    ObjectNode weekly = sla.putObject("complianceByWeek");
    d.sla().complianceByWeek().forEach((key, weeks) -> {
      ObjectNode w = weekly.putObject(ObligationKeys.toJson(key));
      weeks.forEach((week, x) -> w.set(week, status(x)));
    });
    ObjectNode speed = sla.putObject("speedToLead");
    d.sla().speedToLead().forEach((bucket, x) -> {
      ObjectNode b = speed.putObject(bucket);
      b.put("mqls", x.mqls()).put("sqls", x.sqls()).put("rejected", x.rejected()).put("open", x.open());
      x.conversion().ifPresent(rate -> b.set("conversion", number(rate)));
    });

    HealthDocument.Friction f = d.friction();
    ObjectNode friction = root.putObject("friction");
    f.lowestConversion().ifPresent(x -> friction.put("lowestConversion", x));
    f.topLever().ifPresent(l -> {
      friction.put("topLever", l.name());
      friction.put("topLeverChange", l.change());
      friction.put("topLeverEffect", l.effect());
      friction.put("topLeverNewCustomers", l.newCustomers());
    });
    f.note().ifPresent(n -> friction.put("note", n));
    ObjectNode lever = friction.putObject("leverInputs");
    lever.put("window", f.window());
    var observed = lever.putArray("observed");
    f.observed().forEach(observed::add);
    var unobserved = lever.putArray("notInTheData");
    f.notInTheData().forEach(u -> unobserved.addObject().put("input", u.input()).put("why", u.why())
        .put("assumed", u.assumed()));

    ObjectNode quality = root.putObject("dataQuality");
    d.dataQuality().figures().ifPresent(q -> {
      quality.put("leads", q.leads()).put("leadsCountedTwice", q.leadsCountedTwice())
          .put("distinctPeople", q.distinctPeople())
          .put("duplicatePeopleClusters", q.duplicatePeopleClusters())
          .put("duplicateCompanyClusters", q.duplicateCompanyClusters())
          .put("unreadableValues", q.unreadableValues());
      ObjectNode usable = quality.putObject("usableValues");
      q.usableValues().forEach(usable::put);
    });
    d.dataQuality().notComputed().ifPresent(n -> quality.put("notComputed", n));
    return root;
  }

  private static <T> ObjectNode metric(Figure<T> m, Function<? super T, ? extends JsonNode> value) {
    ObjectNode n = MAPPER.createObjectNode();
    m.value().ifPresentOrElse(v -> {
      n.set("value", value.apply(v));
      n.put("explanation", m.text().orElseThrow(() -> new IllegalArgumentException(
          "figure: a metric's value is stated with its explanation (Figure.explained), got a value alone")));
    }, () -> n.put("notComputable", m.text().orElseThrow()));
    return n;
  }

  private static JsonNode proportion(HealthDocument.Proportion p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("successes", p.successes()).put("trials", p.trials());
    n.set("rate", number(p.rate()));
    n.set("lower", number(p.lower()));
    n.set("upper", number(p.upper()));
    return n;
  }

  private static JsonNode banded(HealthDocument.Banded b) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("ratio", number(b.ratio()));
    n.put("band", b.band());
    return n;
  }

  private static JsonNode movements(HealthDocument.Movements m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("start", m.start().toString()).put("end", m.end().toString());
    m.amounts().forEach((name, amount) -> n.set(name, MAPPER.valueToTree(amount)));
    return n;
  }

  private static JsonNode status(HealthDocument.Counts c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("met", c.met()).put("breached", c.breached()).put("pending", c.pending()).put("atRisk", c.atRisk())
        .put("notApplicable", c.notApplicable());
    c.compliance().ifPresent(rate -> n.set("compliance", number(rate)));
    return n;
  }

  private static JsonNode number(BigDecimal d) {
    return MAPPER.getNodeFactory().numberNode(d);
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
