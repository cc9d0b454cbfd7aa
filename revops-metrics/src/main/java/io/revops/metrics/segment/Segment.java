package io.revops.metrics.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadSource;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.qualification.Outcome;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A named segment of leads and accounts: a qualification {@link Criterion} over firmographics and behaviour
 * (industry, size band, geography, revenue band — built with {@link io.revops.core.qualification.Criteria}, e.g.
 * {@code allOf(employeesAtLeast(50), not(employeesAtLeast(250)))} for 50–249 employees) and, optionally, the lead
 * sources it takes. Membership is explained like qualification: an {@link Evaluation} whose leaves cite the
 * evidence, UNKNOWN when data is missing (never FAILED).
 *
 * <pre>{@code
 * Segment midMarketIt = Segment.of("mid-market IT",
 *     allOf(industryIn(Industry.IT), employeesAtLeast(50), not(employeesAtLeast(250))))
 *     .withSources(List.of(LeadSource.of("webinar"), LeadSource.of("referral")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Segment {
  private final String name;
  private final Criterion rule;
  private final Set<LeadSource> sources;

  private Segment(String name, Criterion rule, Set<LeadSource> sources) {
    this.name = name;
    this.rule = rule;
    this.sources = sources;
  }

  /**
   * The segment {@code name} of the leads {@code rule} passes, from any source.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Segment of(String name, Criterion rule) {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: %s", Quote.bounded(name));
    return new Segment(name, requireNonNull(rule, "rule").withName(name + ": profile"), Set.of());
  }

  /** This segment, limited to leads from {@code sources} (empty: any source). */
  public Segment withSources(Collection<LeadSource> sources) {
    Set<LeadSource> copy = new TreeSet<>();
    for (LeadSource s : requireNonNull(sources, "sources")) {
      copy.add(requireNonNull(s, "sources must not contain null"));
    }
    return new Segment(name, rule, java.util.Collections.unmodifiableSet(copy));
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The firmographic and behavioural rule. */
  public Criterion rule() {
    return rule;
  }

  /** The lead sources the segment takes; empty for any. */
  public Set<LeadSource> sources() {
    return sources;
  }

  /** Whether {@code lead} is in the segment as of {@code asOf}, without the explanation. */
  public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
    Outcome profile = rule.test(lead, asOf, context);
    return sources.isEmpty() ? profile : profile.and(sourceOutcome(lead));
  }

  /**
   * The explained membership of {@code lead} as of {@code asOf}: the rule's evaluation, and the source's when
   * the segment limits sources, under the segment's name.
   */
  public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
    Evaluation profile = rule.evaluate(lead, asOf, context);
    if (sources.isEmpty()) {
      return Evaluation.composite(name, profile.outcome(), "the profile decides", asOf, List.of(profile));
    }
    Optional<LeadSource> source = lead.source();
    Outcome s = sourceOutcome(lead);
    Evaluation sourceEval = Evaluation.leaf(name + ": source", s, source.map(x -> "source " + x).orElse("source unknown")
        + "; one of " + sources + " required", asOf);
    Outcome outcome = profile.outcome().and(s);
    return Evaluation.composite(name, outcome, "profile " + profile.outcome() + ", source " + s + "; both required", asOf,
        List.of(profile, sourceEval));
  }

  private Outcome sourceOutcome(Lead lead) {
    return lead.source().map(s -> Outcome.of(sources.contains(s))).orElse(Outcome.UNKNOWN);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Segment s && name.equals(s.name) && rule.equals(s.rule) && sources.equals(s.sources);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rule.hashCode() * 7 + sources.hashCode();
  }

  @Override
  public String toString() {
    return name + ": " + rule.describe() + (sources.isEmpty() ? "" : "; sources " + sources);
  }
}
