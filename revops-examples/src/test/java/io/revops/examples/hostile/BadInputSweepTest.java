package io.revops.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.revops.examples.hostile.HostileValues.Hostile;
import io.revops.examples.hostile.HostileValues.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bad-input sweep: every public constructor, public static method and builder setter of revops-core,
 * revops-metrics and revops-sla (the JSON packages, being moved to their own module, excepted) is called with
 * each hostile value of each parameter type, the other arguments being a combination the call accepts.
 *
 * <p>A call fails the sweep when it runs out of memory or stack, takes longer than {@link #TIMEOUT}, throws
 * anything but {@link IllegalArgumentException} or {@link NullPointerException}, throws with a message that
 * does not name the parameter or quote the value (or quotes it whole), accepts a value that no parameter can mean
 * (null, a 100,000-character string, NaN, a billion-digit exponent, a null element; a negative count) or accepts
 * a value and then fails to print its result. {@link #ACCEPTED} lists, with the reason, the acceptances that are
 * legitimate. Every member needs a baseline — a call with valid arguments that it accepts, so that what the sweep
 * sees is the hostile value, not a generally broken call: found among combinations of samples, or given by hand
 * in {@link Baselines#GIVEN}; {@link Baselines#NONE_POSSIBLE} lists, with the reason, the members that cannot have
 * one. The report of every call is written to {@code target/bad-input-sweep.txt}.
 */
class BadInputSweepTest {
  /** The longest a single call may take. */
  static final long TIMEOUT_MILLIS = 1_000;
  private static final String TIMEOUT = TIMEOUT_MILLIS + " ms";
  /** The longest message that still quotes its value bounded. */
  private static final int MAX_MESSAGE = 2_000;
  private static final Pattern COUNT = Pattern.compile(
      "(?i).*(count|total|mqls|sqls|rejected|breached|pending|atrisk|notapplicable|customers|censored|observations"
          + "|attempts|size|quantity|won|lost|leads|deals|churned|atRisk|events).*");

  // the reasons shared by several reviewed acceptances below
  private static final String HELPER = "a check helper: its parameter argument is the caller's parameter name (a constant in "
      + "revops' code), and its message names that, not its own parameter";
  private static final String RESULT = "a result revops builds from checked inputs: explanations, reasons, keys, sources and reps "
      + "are as long as what they explain";
  private static final String BY_MEANING = "the message names the parameter by its meaning (a threshold, a count of a stage, a volume,"
      + " the actor, a total), with the value and the rule";
  private static final String UNNAMED = "null is documented: an unnamed criterion is named after its definition";
  private static final String UNKNOWN_VALUE = "null is documented: a value the source does not have";
  private static final String SOURCE = "the source name is only copied into findings, which bound it";
  private static final String NO_ACTOR = "null is documented: an event without a known actor";

  /**
   * The reviewed acceptances, as {@code Owner.member#parameter label} (label {@code *}: every hostile value of the
   * parameter), each with why it is legitimate.
   */
  static final Map<String, String> ACCEPTED = Map.ofEntries(
      Map.entry("Args.count#parameter *", HELPER),
      Map.entry("Args.decimal#parameter *", HELPER),
      Map.entry("Args.finite#parameter *", HELPER),
      Map.entry("Args.instant#parameter *", HELPER),
      Map.entry("Args.listOf#parameter *", HELPER),
      Map.entry("Args.maxLength#parameter *", HELPER),
      Map.entry("Args.notBlank#parameter *", HELPER),
      Map.entry("Args.text#parameter *", HELPER),
      Map.entry("Args.sum#what *", HELPER),
      Map.entry("Args#* *", "Args is the checking helper: its messages name the caller's parameter (given as an "
          + "argument), which the sweep cannot know"),
      Map.entry("Amounts.requireCurrency#parameter *", HELPER),
      Map.entry("Amounts.requireNonNegative#parameter *", HELPER),
      Map.entry("Amounts.requirePositive#parameter *", HELPER),
      Map.entry("Amounts.requireSameCurrency#parameter *", HELPER),
      Map.entry("Amounts.requireCurrency#actual null", HELPER),
      Map.entry("Amounts.requireSameCurrency#actual null", HELPER),
      Map.entry("Amounts.requireNonNegative#amount *", HELPER),
      Map.entry("Amounts.requirePositive#amount *", HELPER),
      Map.entry("Quote.bounded#value null", "the quoting helper quotes null as \"null\""),
      Map.entry("Inn.isValid#text huge string", "a predicate: a huge text is simply not a valid INN (answered false "
          + "after a length check)"),
      Map.entry("IdHash.of#value huge string", "a hash: one pass over the characters, nothing kept or quoted (a "
          + "huge id hashes in linear time like any other)"),
      Map.entry("XmlCalendar.check#source huge string", SOURCE),
      Map.entry("XmlCalendar.read#source huge string", SOURCE),
      Map.entry("CustomerSummaries.parseCsv#source huge string", SOURCE),
      Map.entry("Contact.of#name null", UNKNOWN_VALUE),
      Map.entry("Contact.of#jobTitle null", UNKNOWN_VALUE),
      Map.entry("Contact.of#phone null", UNKNOWN_VALUE),
      Map.entry("Contact.of#email null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#name null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#email null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#phone null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#company null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#inn null", UNKNOWN_VALUE),
      Map.entry("QualityRecord.of#verifiedAt null", UNKNOWN_VALUE),
      Map.entry("Unassigned.new#reason huge string", RESULT),
      Map.entry("City.of#country null", "null is documented: a city known without its country"),
      Map.entry("ReverseFunnel.forTarget#target *", "the message quotes the volume the target leads to, which is what is "
          + "too large for a plan"),
      Map.entry("AtRiskLead#* huge string", RESULT),
      Map.entry("RejectedLead#* huge string", RESULT),
      Map.entry("CheckResult.failed#reason huge string", RESULT),
      Map.entry("CheckResult.new#reason huge string", RESULT),
      Map.entry("CheckResult.passed#reason huge string", RESULT),
      Map.entry("CheckResult.unknown#reason huge string", RESULT),
      Map.entry("Evaluation.composite#reason huge string", RESULT),
      Map.entry("Evaluation.leaf#reason huge string", RESULT),
      Map.entry("Evaluation.negation#reason huge string", RESULT),
      Map.entry("ExcludedLead.new#reason huge string", RESULT),
      Map.entry("HistoryAnomaly.new#message huge string", RESULT),
      Map.entry("SlaAnomaly.new#message huge string", RESULT),
      Map.entry("SlaAnomaly.of#message huge string", RESULT),
      Map.entry("MetricResult.amountPer#explanation huge string", RESULT),
      Map.entry("MetricResult.amountPer#noneReason huge string", RESULT),
      Map.entry("MetricResult.notComputable#explanation huge string", RESULT),
      Map.entry("MetricResult.notComputable#reason huge string", RESULT),
      Map.entry("MetricResult.of#explanation huge string", RESULT),
      Map.entry("QuotaVerdict.of#reason huge string", RESULT),
      Map.entry("WhatIf.Change.new#key huge string", RESULT),
      Map.entry("WhatIfSummary.Change.new#key huge string", RESULT),
      Map.entry("WhatIfSummary.Verdict.new#reason huge string", RESULT),
      Map.entry("MetricResult.amountPer#noneReason null", "read only when count is 0 (then refused when null)"),
      Map.entry("MetricResult.format#value null", "formats any value as results print it; null prints as null"),
      Map.entry("Finding#* huge string", "Finding quotes its value through Quote.bounded itself; source, field and "
          + "rule are the reader's own labels"),
      Map.entry("Finding.of#value null", "a finding of a missing value quotes it as null"),
      Map.entry("Finding.ofLine#value null", "null is documented: a finding about a line with no value to show"),
      Map.entry("LeadEvent.Lost.reasonFrom#text null", "null is documented: a record without a reason"),
      Map.entry("BantCriterion.Confirmed.new#name null", UNNAMED),
      Map.entry("BantCriterion.TimelineWithin.new#name null", UNNAMED),
      Map.entry("BehaviouralCriterion.ActivityAtLeast.new#name null", UNNAMED),
      Map.entry("BehaviouralCriterion.VisitedPageKind.new#name null", UNNAMED),
      Map.entry("CompositeCriterion.AllOf.new#name null", UNNAMED),
      Map.entry("CompositeCriterion.AnyOf.new#name null", UNNAMED),
      Map.entry("CompositeCriterion.AtLeast.new#name null", UNNAMED),
      Map.entry("CompositeCriterion.Not.new#name null", UNNAMED),
      Map.entry("FirmographicCriterion.AnnualRevenueAtLeast.new#name null", UNNAMED),
      Map.entry("FirmographicCriterion.CityIn.new#name null", UNNAMED),
      Map.entry("FirmographicCriterion.CityPopulationAtLeast.new#name null", UNNAMED),
      Map.entry("FirmographicCriterion.EmployeesAtLeast.new#name null", UNNAMED),
      Map.entry("FirmographicCriterion.IndustryIn.new#name null", UNNAMED),
      Map.entry("LeadEventHistory.Builder.acceptedAsSql#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.connected#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.contactAttempt#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.discoveryCall#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.lost#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.opportunityCreated#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.rejected#rep null", NO_ACTOR),
      Map.entry("LeadEventHistory.Builder.won#rep null", NO_ACTOR),
      Map.entry("BehaviouralCriterion.ActivityAtLeast.new#min *", BY_MEANING),
      Map.entry("BowtieTransition.of#fromVolume *", BY_MEANING),
      Map.entry("BowtieTransition.of#toVolume *", BY_MEANING),
      Map.entry("Cac.of#totalSpend *", BY_MEANING),
      Map.entry("Channel.organic#sourceCode *", BY_MEANING),
      Map.entry("Channel.paid#sourceCode *", BY_MEANING),
      Map.entry("CompositeCriterion.AllOf.new#of *", BY_MEANING),
      Map.entry("CompositeCriterion.AnyOf.new#of *", BY_MEANING),
      Map.entry("CompositeCriterion.AtLeast.new#of *", BY_MEANING),
      Map.entry("CompositeCriterion.Not.new#of *", BY_MEANING),
      Map.entry("Criteria.annualRevenueAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.cityIn#cities *", BY_MEANING),
      Map.entry("Criteria.cityPopulationAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.contentDownloadsAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.emailOpensAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.employeesAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.eventsAttendedAtLeast#min *", BY_MEANING),
      Map.entry("Criteria.geography#cities *", BY_MEANING),
      Map.entry("Criteria.geography#minPopulation *", BY_MEANING),
      Map.entry("Criteria.industryIn#industries *", BY_MEANING),
      Map.entry("Criteria.siteVisitsAtLeast#min *", BY_MEANING),
      Map.entry("ExchangeRates.of#entries *", BY_MEANING),
      Map.entry("FirmographicCriterion.AnnualRevenueAtLeast.new#min *", BY_MEANING),
      Map.entry("FirmographicCriterion.CityIn.new#cities *", BY_MEANING),
      Map.entry("FirmographicCriterion.CityPopulationAtLeast.new#min *", BY_MEANING),
      Map.entry("FirmographicCriterion.EmployeesAtLeast.new#min *", BY_MEANING),
      Map.entry("FirmographicCriterion.IndustryIn.new#industries *", BY_MEANING),
      Map.entry("FunnelSnapshot.of#opportunities *", BY_MEANING),
      Map.entry("IsoWeek.from#date *", "the message quotes the date's week-based year, which is what the rule bounds"),
      Map.entry("Lead.Builder.behaviour#events *", BY_MEANING),
      Map.entry("LeadSource.new#code *", BY_MEANING),
      Map.entry("LeadSource.of#code *", BY_MEANING),
      Map.entry("LocalTimeRange.parse#text *", BY_MEANING),
      Map.entry("Ltv.fromAnnualChurn#annualChurn *", BY_MEANING),
      Map.entry("MonthRange.ofMonth#month *", BY_MEANING),
      Map.entry("NetPromoterScore.of#detractors *", BY_MEANING),
      Map.entry("NetPromoterScore.of#passives *", BY_MEANING),
      Map.entry("NetPromoterScore.of#promoters *", BY_MEANING),
      Map.entry("PlausibleRange.of#histories *", BY_MEANING),
      Map.entry("PlausibleRange.ofInstants#instants *", BY_MEANING),
      Map.entry("SignedRatio.of#value *", BY_MEANING),
      Map.entry("SignedRatio.parse#text *", BY_MEANING),
      Map.entry("StageConversion.of#fromCount *", BY_MEANING),
      Map.entry("StageConversion.of#toCount *", BY_MEANING),
      Map.entry("StageProbabilities.of#probabilities *", BY_MEANING),
      Map.entry("StatusCounts.of#atRisk *", BY_MEANING),
      Map.entry("StatusCounts.of#breached *", BY_MEANING),
      Map.entry("StatusCounts.of#met *", BY_MEANING),
      Map.entry("StatusCounts.of#notApplicable *", BY_MEANING),
      Map.entry("StatusCounts.of#pending *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.acceptedAsSql#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.assigned#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.connected#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.contactAttempt#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.discoveryCall#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.lost#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.opportunityCreated#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.rejected#rep *", BY_MEANING),
      Map.entry("LeadEventHistory.Builder.won#rep *", BY_MEANING));

  private static final List<String> PACKAGES = List.of("io.revops.core", "io.revops.metrics", "io.revops.sla");
  private static final List<String> SKIPPED = List.of("io.revops.core.json", "io.revops.sla.json");

  /** A callable member and, for an instance method, the type of its receiver. */
  record Member(Executable executable) {
    boolean isInstance() {
      return executable instanceof Method m && !Modifier.isStatic(m.getModifiers());
    }

    Class<?> returns() {
      return executable instanceof Method m ? m.getReturnType() : executable.getDeclaringClass();
    }

    String owner() {
      Class<?> c = executable.getDeclaringClass();
      String name = c.getSimpleName();
      for (Class<?> o = c.getEnclosingClass(); o != null; o = o.getEnclosingClass()) {
        name = o.getSimpleName() + "." + name;
      }
      return name;
    }

    String name() {
      return owner() + "." + (executable instanceof Constructor<?> ? "new" : executable.getName());
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(name()).append('(');
      for (Class<?> p : executable.getParameterTypes()) {
        b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ").append(p.getSimpleName());
      }
      return b.append(')').toString();
    }
  }

  /** What a call did: returned (with its result's text), threw, or did not finish in time. */
  record Outcome(Object result, String text, Throwable thrown, boolean timedOut, long millis) {}

  private final Map<Class<?>, List<Supplier<Object>>> samples = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> report = new ArrayList<>();
  private final Set<String> usedAllowances = new TreeSet<>();
  private final Set<String> usedBaselines = new TreeSet<>();
  private final Set<String> refusedBaselines = new TreeSet<>();
  private ExecutorService worker;
  private int calls;

  @Test
  void everyPublicFactoryRefusesHostileValuesWell() throws Exception {
    long start = System.nanoTime();
    worker = newWorker();
    List<Member> members = members();
    bootstrapSamples(members);
    List<Member> noBaseline = new ArrayList<>();
    for (Member m : members) {
      if (m.executable().getParameterCount() == 0) {
        continue;
      }
      Supplier<Object>[] baseline = baseline(m);
      if (baseline == null) {
        noBaseline.add(m);
        continue;
      }
      sweep(m, baseline);
    }
    worker.shutdownNow();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    report.add(0, members.size() + " members, " + calls + " hostile calls, " + problems.size() + " problems, "
        + noBaseline.size() + " members without an accepted call, " + seconds + " s");
    noBaseline.forEach(m -> report.add("no accepted call found: " + m));
    refusedBaselines.forEach(m -> report.add("hand-given baseline refused: " + m));
    problems.forEach(p -> report.add("PROBLEM " + p));
    Path out = Path.of("target", "bad-input-sweep.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);

    assertThat(problems).as("bad-input sweep problems (all in %s)", out.toAbsolutePath()).isEmpty();
    assertThat(calls).as("hostile calls made").isGreaterThan(2_000);
    assertThat(refusedBaselines).as("hand-given baselines the member refuses").isEmpty();
    Set<String> missing = new TreeSet<>();
    noBaseline.forEach(m -> missing.add(m.toString()));
    missing.removeAll(Baselines.NONE_POSSIBLE.keySet());
    assertThat(missing).as("members without a baseline (give one in Baselines.GIVEN, or say in "
        + "Baselines.NONE_POSSIBLE why there cannot be one)").isEmpty();
    Set<String> stale = new TreeSet<>(Baselines.GIVEN.keySet());
    stale.removeAll(usedBaselines);
    noBaseline.forEach(m -> stale.remove(m.toString()));
    Set<String> staleImpossible = new TreeSet<>(Baselines.NONE_POSSIBLE.keySet());
    noBaseline.forEach(m -> staleImpossible.remove(m.toString()));
    stale.addAll(staleImpossible);
    assertThat(stale).as("Baselines entries that match no member without a baseline").isEmpty();
    Set<String> unused = new TreeSet<>(ACCEPTED.keySet());
    unused.removeAll(usedAllowances);
    assertThat(unused).as("allow-list entries no call needs any more").isEmpty();
  }

  // --- discovery

  private static List<Member> members() {
    List<Member> out = new ArrayList<>();
    ClassPath classPath;
    try {
      classPath = ClassPath.from(BadInputSweepTest.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Deque<Class<?>> classes = new ArrayDeque<>();
    for (String p : PACKAGES) {
      for (ClassPath.ClassInfo info : classPath.getTopLevelClassesRecursive(p)) {
        if (SKIPPED.stream().noneMatch(s -> info.getPackageName().equals(s) || info.getPackageName().startsWith(s
            + "."))) {
          classes.add(info.load());
        }
      }
    }
    while (!classes.isEmpty()) {
      Class<?> c = classes.poll();
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      for (Class<?> nested : c.getDeclaredClasses()) {
        classes.add(nested);
      }
      if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
        for (Constructor<?> k : c.getConstructors()) {
          out.add(new Member(k));
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
          continue;
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (isStatic && !(c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf")))) {
          out.add(new Member(m));
        } else if (!isStatic && c.getSimpleName().endsWith("Builder")) {
          out.add(new Member(m)); // builder setters and build()
        }
      }
    }
    out.sort(Comparator.comparing(Member::toString));
    return out;
  }

  // --- samples: JDK values, then what the library's own factories return

  private void bootstrapSamples(List<Member> members) {
    for (int round = 0; round < 4; round++) {
      for (Member m : members) {
        Class<?> type = m.returns();
        if (type == void.class || type.isPrimitive() || !type.getName().startsWith("io.revops")
            || samplesOf(type).size() >= 3) {
          continue;
        }
        Supplier<Object>[] args = baseline(m);
        if (args == null) {
          continue;
        }
        Supplier<Object> receiver = m.isInstance() ? samplesOf(m.executable().getDeclaringClass()).get(0) : null;
        Supplier<Object> made = () -> invokeQuietly(m, receiver, args);
        for (Class<?> t : supertypes(type)) {
          samples.computeIfAbsent(t, k -> new ArrayList<>()).add(made);
        }
      }
    }
  }

  private static Set<Class<?>> supertypes(Class<?> type) {
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (t == null || !t.getName().startsWith("io.revops") || !out.add(t)) {
        continue;
      }
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    return out;
  }

  private List<Supplier<Object>> samplesOf(Class<?> type) {
    List<Supplier<Object>> s = samples.get(type);
    if (s != null) {
      return s;
    }
    return HostileValues.jdkSamples(type);
  }

  private List<Supplier<Object>> samplesOf(Parameter p) {
    return samplesOf(p.getType(), p.getParameterizedType());
  }

  private List<Supplier<Object>> samplesOf(Class<?> raw, Type generic) {
    if (raw.isArray()) {
      List<Supplier<Object>> out = new ArrayList<>();
      for (Supplier<Object> e : samplesOf(raw.getComponentType()).stream().limit(1).toList()) {
        out.add(() -> {
          Object a = java.lang.reflect.Array.newInstance(raw.getComponentType(), 1);
          java.lang.reflect.Array.set(a, 0, e.get());
          return a;
        });
      }
      out.add(() -> java.lang.reflect.Array.newInstance(raw.getComponentType(), 0));
      return out;
    }
    if (generic instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      List<Supplier<Object>> first = samplesOf(args[0]);
      List<Supplier<Object>> second = args.length > 1 ? samplesOf(args[1]) : List.of();
      List<Supplier<Object>> out = HostileValues.containers(raw, first, second);
      if (!out.isEmpty()) {
        return out;
      }
    }
    return samplesOf(raw);
  }

  private List<Supplier<Object>> samplesOf(Type t) {
    if (t instanceof Class<?> c) {
      return samplesOf(c);
    }
    if (t instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return samplesOf(w.getUpperBounds()[0]);
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return samplesOf(c, p);
    }
    return List.of();
  }

  /**
   * Arguments the call accepts: those given by hand, else found among a bounded number of combinations of
   * samples; null if none.
   */
  @SuppressWarnings("unchecked")
  private Supplier<Object>[] baseline(Member m) {
    Parameter[] params = m.executable().getParameters();
    Supplier<Object[]> given = Baselines.GIVEN.get(m.toString());
    if (given != null) {
      if (m.isInstance() && samplesOf(m.executable().getDeclaringClass()).isEmpty()) {
        return null; // no receiver yet (while the samples are bootstrapped)
      }
      usedBaselines.add(m.toString());
      Supplier<Object>[] args = new Supplier[params.length];
      for (int i = 0; i < params.length; i++) {
        int index = i;
        args[i] = () -> given.get()[index];
      }
      Supplier<Object> receiver = m.isInstance() ? samplesOf(m.executable().getDeclaringClass()).get(0) : null;
      // the first call may load data or fit a model once: a longer time than a hostile call gets
      Outcome o = call(m, receiver, args, 10 * TIMEOUT_MILLIS);
      if (o.thrown() != null || o.timedOut()) {
        refusedBaselines.add(m + ": " + describe(o));
        return null;
      }
      return args;
    }
    List<List<Supplier<Object>>> choices = new ArrayList<>();
    for (Parameter p : params) {
      List<Supplier<Object>> s = samplesOf(p);
      if (s.isEmpty()) {
        return null;
      }
      choices.add(s);
    }
    List<Supplier<Object>> receivers = m.isInstance() ? samplesOf(m.executable().getDeclaringClass()) : null;
    if (receivers != null && receivers.isEmpty()) {
      return null;
    }
    List<int[]> combos = new ArrayList<>();
    combos.add(new int[params.length]);
    for (int i = 0; i < params.length; i++) {
      for (int j = 1; j < choices.get(i).size(); j++) {
        int[] c = new int[params.length];
        c[i] = j;
        combos.add(c);
      }
    }
    java.util.Random random = new java.util.Random(m.toString().hashCode());
    for (int k = 0; k < 24; k++) {
      int[] c = new int[params.length];
      for (int i = 0; i < params.length; i++) {
        c[i] = random.nextInt(choices.get(i).size());
      }
      combos.add(c);
    }
    for (int[] c : combos) {
      Supplier<Object>[] args = new Supplier[params.length];
      for (int i = 0; i < params.length; i++) {
        args[i] = choices.get(i).get(c[i]);
      }
      Supplier<Object> receiver = receivers == null ? null : receivers.get(0);
      Outcome o = call(m, receiver, args, TIMEOUT_MILLIS);
      if (o.thrown() == null && !o.timedOut()) {
        return args;
      }
    }
    return null;
  }

  // --- the sweep of one member

  private void sweep(Member m, Supplier<Object>[] baseline) {
    Parameter[] params = m.executable().getParameters();
    Supplier<Object> receiver = m.isInstance() ? samplesOf(m.executable().getDeclaringClass()).get(0) : null;
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      Supplier<Object> element = elementSample(p);
      for (Hostile h : HostileValues.of(p.getType(), p.getParameterizedType(), element)) {
        if (!isInstance(p.getType(), h)) {
          continue;
        }
        Supplier<Object>[] args = baseline.clone();
        args[i] = h.value();
        calls++;
        // a linear pass over 10,000 elements (each a whole lead to evaluate) may take longer than one call
        Outcome o = call(m, receiver, args, h.label().endsWith("elements") ? 10 * TIMEOUT_MILLIS : TIMEOUT_MILLIS);
        String problem = judge(m, p, h, o);
        report.add(String.format(Locale.ROOT, "%s #%s %s: %s%s", m, p.getName(), h.label(), describe(o),
            problem == null ? "" : "  <-- " + problem));
        if (problem != null) {
          problems.add(m + " #" + p.getName() + " " + h.label() + ": " + problem);
        }
      }
    }
  }

  private Supplier<Object> elementSample(Parameter p) {
    if (p.getParameterizedType() instanceof ParameterizedType t) {
      List<Supplier<Object>> s = samplesOf(t.getActualTypeArguments()[0]);
      return s.isEmpty() ? null : s.get(0);
    }
    return null;
  }

  private static boolean isInstance(Class<?> type, Hostile h) {
    if (type.isPrimitive()) {
      return true;
    }
    Object v = h.value().get();
    return v == null || type.isInstance(v);
  }

  private String judge(Member m, Parameter p, Hostile h, Outcome o) {
    if (o.timedOut()) {
      return "hung (more than " + TIMEOUT + ")";
    }
    Throwable t = o.thrown();
    if (t instanceof Error e) {
      return "threw " + e;
    }
    if (t == null) {
      if (o.text() == null) {
        return "accepted, then failed to print its result";
      }
      boolean nonsense = h.kind().mustRefuse || (h.kind() == Kind.NEGATIVE && COUNT.matcher(p.getName()).matches());
      if (nonsense && !allowed(m, p, h)) {
        return "accepted " + h.label();
      }
      return null;
    }
    if (!(t instanceof IllegalArgumentException) && !(t instanceof NullPointerException)) {
      return "threw " + t.getClass().getName() + ": " + bounded(t.getMessage());
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return "threw " + t.getClass().getSimpleName() + " without a message";
    }
    if (message.length() > MAX_MESSAGE) {
      return "message of " + message.length() + " chars (the value is not quoted bounded)";
    }
    boolean named = namesParameter(message, p.getName())
        || (p.getName().endsWith("s") && namesParameter(message, p.getName().substring(0, p.getName().length() - 1)))
        || namesParameter(message, decapitalize(m.executable().getDeclaringClass().getSimpleName()))
        // a currency mismatch names the pair of amounts and both currencies, by design
        || t.getClass().getSimpleName().equals("CurrencyMismatchException");
    if (!named && !allowed(m, p, h)) {
      return "message does not name the parameter '" + p.getName() + "': " + bounded(message);
    }
    if (h.quoted() != null && !message.contains(h.quoted()) && !allowed(m, p, h)) {
      return "message does not quote the value " + bounded(h.quoted()) + ": " + bounded(message);
    }
    return null;
  }

  private static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The parameter's name (or, for a value type's factory, the type's: {@code "leadId must not be blank"} names
   * {@code LeadId.of(value)}'s parameter), or its words ("currencyCode" as "currency code", "currency-code" or
   * "currency_code").
   */
  static boolean namesParameter(String message, String name) {
    String lower = message.toLowerCase(Locale.ROOT);
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return lower.contains(name.toLowerCase(Locale.ROOT)) || lower.contains(words)
        || lower.contains(words.replace(' ', '-')) || lower.contains(words.replace(' ', '_'));
  }

  private boolean allowed(Member m, Parameter p, Hostile h) {
    String base = m.name() + "#" + p.getName() + " ";
    String owner = m.owner() + "#* ";
    for (String key : List.of(base + h.label(), base + "*", owner + h.label(), owner + "*")) {
      if (ACCEPTED.containsKey(key)) {
        usedAllowances.add(key);
        return true;
      }
    }
    return false;
  }

  private static String describe(Outcome o) {
    if (o.timedOut()) {
      return "TIMEOUT";
    }
    if (o.thrown() != null) {
      return o.thrown().getClass().getSimpleName() + "(" + bounded(o.thrown().getMessage()) + ") " + o.millis()
          + " ms";
    }
    return "accepted " + o.millis() + " ms";
  }

  private static String bounded(String s) {
    return s == null ? "null" : s.length() <= 200 ? s : s.substring(0, 200) + "… (" + s.length() + " chars)";
  }

  // --- calls, each on a worker thread with a timeout

  private Outcome call(Member m, Supplier<Object> receiver, Supplier<Object>[] args, long timeoutMillis) {
    Callable<Outcome> task = () -> {
      long start = System.nanoTime();
      try {
        Object result = invoke(m, receiver, args);
        String text;
        try {
          text = String.valueOf(result);
        } catch (RuntimeException e) {
          text = null;
        }
        return new Outcome(result, text, null, false, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      } catch (InvocationTargetException e) {
        return new Outcome(null, null, e.getCause(), false, TimeUnit.NANOSECONDS.toMillis(System.nanoTime()
            - start));
      } catch (Error e) {
        return new Outcome(null, null, e, false, 0);
      }
    };
    Future<Outcome> f = worker.submit(task);
    try {
      return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      stop(workerThread);
      worker = newWorker();
      return new Outcome(null, null, null, true, timeoutMillis);
    } catch (ExecutionException e) {
      return new Outcome(null, null, e.getCause(), false, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Member m, Supplier<Object> receiver, Supplier<Object>[] args)
      throws InvocationTargetException {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].get();
    }
    try {
      if (m.executable() instanceof Constructor<?> c) {
        return c.newInstance(values);
      }
      Method method = (Method) m.executable();
      return method.invoke(receiver == null ? null : receiver.get(), values);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invokeQuietly(Member m, Supplier<Object> receiver, Supplier<Object>[] args) {
    try {
      return invoke(m, receiver, args);
    } catch (InvocationTargetException | RuntimeException e) {
      return null;
    }
  }

  private volatile Thread workerThread;

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bad-input-sweep");
      t.setDaemon(true);
      workerThread = t;
      return t;
    });
  }

  /**
   * Stops a hung call so it does not keep a core busy for the rest of the sweep: {@code Thread.stop} where the
   * JDK still has it (17); from JDK 20 it throws, and the hung daemon thread is left to the end of the run.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread t) {
    if (t == null) {
      return;
    }
    try {
      Thread.class.getMethod("stop").invoke(t);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // not supported on this JDK
    }
  }
}
