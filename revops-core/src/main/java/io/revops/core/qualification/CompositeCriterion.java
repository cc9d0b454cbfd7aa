package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.lead.Lead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Criteria made of criteria, combined with Kleene's strong three-valued logic, where UNKNOWN means
 * "could be either":
 *
 * <ul>
 *   <li>{@link AllOf}: FAILED if any is FAILED, else UNKNOWN if any is UNKNOWN, else PASSED;</li>
 *   <li>{@link AnyOf}: PASSED if any is PASSED, else UNKNOWN if any is UNKNOWN, else FAILED;</li>
 *   <li>{@link AtLeast} {@code n}: PASSED if at least {@code n} PASSED; FAILED if even counting every
 *       UNKNOWN as passed fewer than {@code n} would pass; else UNKNOWN. {@code atLeast(1, …)} is
 *       {@code anyOf}, {@code atLeast(n, n criteria)} is {@code allOf};</li>
 *   <li>{@link Not}: swaps PASSED and FAILED and keeps UNKNOWN.</li>
 * </ul>
 *
 * <p>So {@code not(not(c))} evaluates as {@code c}, and De Morgan's laws hold.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CompositeCriterion extends Criterion {

  /**
   * Every sub-criterion must pass.
   *
   * @param name the name shown in explanations, e.g. {@code firmographic}; null for {@code all of (…)}
   * @param of the sub-criteria, at least one
   */
  record AllOf(String name, List<Criterion> of) implements CompositeCriterion {
    /** Validates and copies the sub-criteria and defaults the name. */
    public AllOf {
      of = copy(of);
      name = Texts.name(name, definition("all of", of));
    }

    @Override
    public String describe() {
      return definition("all of", of);
    }

    @Override
    public List<Criterion> children() {
      return of;
    }

    @Override
    public AllOf withName(@Nullable String name) {
      return new AllOf(name, of);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, CompositeCriterion::tally);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      return decide(of.size(), of, lead, asOf, context);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * At least one sub-criterion must pass.
   *
   * @param name the name shown in explanations; null for {@code any of (…)}
   * @param of the sub-criteria, at least one
   */
  record AnyOf(String name, List<Criterion> of) implements CompositeCriterion {
    /** Validates and copies the sub-criteria and defaults the name. */
    public AnyOf {
      of = copy(of);
      name = Texts.name(name, definition("any of", of));
    }

    @Override
    public String describe() {
      return definition("any of", of);
    }

    @Override
    public List<Criterion> children() {
      return of;
    }

    @Override
    public AnyOf withName(@Nullable String name) {
      return new AnyOf(name, of);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, CompositeCriterion::tally);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      return decide(1, of, lead, asOf, context);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * At least {@code min} sub-criteria must pass.
   *
   * @param name the name shown in explanations, e.g. {@code behavioural}; null for {@code at least n of (…)}
   * @param min how many must pass, from 1 to the number of sub-criteria
   * @param of the sub-criteria, at least one
   */
  record AtLeast(String name, int min, List<Criterion> of) implements CompositeCriterion {
    /** Validates and copies the sub-criteria and defaults the name. */
    public AtLeast {
      of = copy(of);
      checkArgument(min >= 1 && min <= of.size(),
          "atLeast count must be between 1 and the number of criteria (%s): %s", of.size(), min);
      name = Texts.name(name, definition(min, of));
    }

    private static String definition(int min, List<Criterion> of) {
      return CompositeCriterion.definition("at least " + min + " of", of);
    }

    @Override
    public String describe() {
      return definition(min, of);
    }

    @Override
    public List<Criterion> children() {
      return of;
    }

    @Override
    public AtLeast withName(@Nullable String name) {
      return new AtLeast(name, min, of);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, CompositeCriterion::tally);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      return decide(min, of, lead, asOf, context);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The sub-criterion must fail; UNKNOWN stays UNKNOWN.
   *
   * @param name the name shown in explanations; null for {@code not (…)}
   * @param of the negated criterion
   */
  record Not(String name, Criterion of) implements CompositeCriterion {
    /** Validates the sub-criterion and defaults the name. */
    public Not {
      requireNonNull(of, "criterion");
      name = Texts.name(name, definition(of));
    }

    private static String definition(Criterion of) {
      return "not (" + of.name() + ")";
    }

    @Override
    public String describe() {
      return definition(of);
    }

    @Override
    public List<Criterion> children() {
      return List.of(of);
    }

    @Override
    public Not withName(@Nullable String name) {
      return new Not(name, of);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluation.lazy(name, test(lead, asOf, context), asOf, true,
          () -> negation(child(of, lead, asOf, context), asOf));
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      return of.test(lead, asOf, context).negate();
    }

    private Evaluation negation(Evaluation child, Instant asOf) {
      String was = switch (child.outcome()) {
        case PASSED -> "passed";
        case FAILED -> "failed";
        case UNKNOWN -> "is unknown";
      };
      return Evaluation.negation(name, "negates " + of.name() + ", which " + was, asOf, child);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  private static List<Criterion> copy(List<Criterion> of) {
    requireNonNull(of, "criteria");
    checkArgument(!of.isEmpty(), "criteria must not be empty");
    for (Criterion c : of) {
      requireNonNull(c, "criterion");
    }
    return List.copyOf(of);
  }

  /** The definition of an allOf, anyOf or atLeast: its rule and its sub-criteria's names, {@code all of (a, b)}. */
  private static String definition(String rule, List<Criterion> of) {
    return rule + " (" + names(of) + ")";
  }

  private static String names(List<Criterion> of) {
    List<String> names = new ArrayList<>();
    of.forEach(c -> names.add(c.name()));
    return String.join(", ", names);
  }

  /**
   * The outcome of the Kleene "at least {@code min} of" rule, which allOf ({@code min = size}) and anyOf
   * ({@code min = 1}) share, stopping as soon as it is decided: the sub-criteria are pure, so the ones left
   * cannot change a decided outcome.
   */
  private static Outcome decide(int min, List<Criterion> of, Lead lead, Instant asOf, EvaluationContext context) {
    Texts.requireArgs(lead, asOf, context);
    int passed = 0;
    int possible = of.size(); // not failed so far: passed, unknown or not tested yet
    for (int i = 0; i < of.size(); i++) {
      switch (of.get(i).test(lead, asOf, context)) {
        case PASSED -> {
          if (++passed >= min) return Outcome.PASSED;
        }
        case FAILED -> {
          if (--possible < min) return Outcome.FAILED;
        }
        case UNKNOWN -> { }
      }
    }
    return Outcome.UNKNOWN;
  }

  /** How many sub-criteria of an allOf, anyOf or atLeast must pass. */
  private static int min(CompositeCriterion c) {
    if (c instanceof AtLeast a) return a.min;
    return c instanceof AnyOf ? 1 : c.children().size();
  }

  /** The rule of an allOf, anyOf or atLeast in words, e.g. {@code at least 2 of 4 required}. */
  private static String rule(CompositeCriterion c) {
    int n = c.children().size();
    if (c instanceof AllOf) return "all " + n + " required";
    return "at least " + min(c) + " of " + n + " required";
  }

  /** The evaluations of {@code c}'s sub-criteria, in order, each made by {@link #child}. */
  private static List<Evaluation> evaluations(Criterion c, Lead lead, Instant asOf, EvaluationContext context) {
    List<Criterion> of = c.children();
    Evaluation[] out = new Evaluation[of.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = child(of.get(i), lead, asOf, context);
    }
    return List.of(out);
  }

  /**
   * The evaluation of {@code c} as a sub-criterion in an explanation being built. A leaf is evaluated as
   * usual: tested now, explained on first read. A composite gets its sub-criteria's evaluations now and
   * takes its outcome from their tally, so that building an explanation level by level tests each
   * criterion once, not once per level above it; its reason is still built on first read. (The tally
   * agrees with {@link #decide} by Kleene's laws; the root's explanation checks that it does, and the
   * tests check it at every level.)
   */
  private static Evaluation child(Criterion c, Lead lead, Instant asOf, EvaluationContext context) {
    if (c instanceof Not not) {
      Evaluation inner = child(not.of, lead, asOf, context);
      return Evaluation.lazy(not.name, inner.outcome().negate(), asOf, true, () -> not.negation(inner, asOf));
    }
    if (c instanceof CompositeCriterion composite) {
      List<Evaluation> results = evaluations(composite, lead, asOf, context);
      Outcome outcome = outcome(min(composite), results);
      return Evaluation.lazy(c.name(), outcome, asOf, false, () -> combine(composite, results, asOf));
    }
    return c.evaluate(lead, asOf, context);
  }

  /** The explanation of an allOf, anyOf or atLeast, with its sub-criteria's evaluations: see {@link #child}. */
  private static Evaluation tally(CompositeCriterion c, Lead lead, Instant asOf, EvaluationContext context) {
    return combine(c, evaluations(c, lead, asOf, context), asOf);
  }

  /**
   * The explained Kleene "at least {@code min} of" rule of an allOf, anyOf or atLeast over the evaluations
   * of its sub-criteria: the tally and the outcome. The reference for {@link #decide}, which must give the
   * same outcome.
   */
  private static Evaluation combine(CompositeCriterion c, List<Evaluation> results, Instant asOf) {
    int passed = count(results, Outcome.PASSED);
    int failed = count(results, Outcome.FAILED);
    int unknown = count(results, Outcome.UNKNOWN);
    StringBuilder reason = new StringBuilder(48);
    if (passed > 0) reason.append(passed).append(" passed");
    if (failed > 0) reason.append(reason.length() > 0 ? ", " : "").append(failed).append(" failed");
    if (unknown > 0) reason.append(reason.length() > 0 ? ", " : "").append(unknown).append(" unknown");
    reason.append("; ").append(rule(c));
    return Evaluation.composite(c.name(), outcome(min(c), results), reason.toString(), asOf, results);
  }

  /** The Kleene "at least {@code min} of" outcome of every sub-criterion's evaluation. */
  private static Outcome outcome(int min, List<Evaluation> results) {
    int passed = count(results, Outcome.PASSED);
    int unknown = count(results, Outcome.UNKNOWN);
    return passed >= min ? Outcome.PASSED : passed + unknown < min ? Outcome.FAILED : Outcome.UNKNOWN;
  }

  private static int count(List<Evaluation> results, Outcome outcome) {
    int n = 0;
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).outcome() == outcome) n++;
    }
    return n;
  }
}
