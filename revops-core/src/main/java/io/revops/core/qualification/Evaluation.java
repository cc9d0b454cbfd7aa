package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.revops.core.check.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The explained result of evaluating a {@link Criterion} against a lead as of an instant: the outcome,
 * the criterion's name, a human-readable reason with the evidence, and the evaluations of the
 * sub-criteria.
 *
 * <pre>
 * MQL: UNKNOWN — 1 passed, 2 unknown; all 3 required (as of 2026-11-22T10:00Z)
 *   firmographic: UNKNOWN — 3 passed, 1 unknown; all 4 required
 *     employees ≥ 50: UNKNOWN — employee count unknown
 *     ...
 * </pre>
 *
 * <p>{@link #failedReasons()} and {@link #unknownReasons()} give the leaf reasons that matter for the
 * outcome, so a CRM can show "not MQL: 2 site visits in the 30 days before ...; at least 3 required".
 *
 * <p>An evaluation from {@link Criterion#evaluate} knows its outcome at once but builds its explanation
 * (the reason and the children's evaluations) on first read — of {@link #reason()}, {@link #children()},
 * {@link #failedLeaves()}, {@link #find}, {@link #toString()}, {@link #equals} or {@link #hashCode()}, and
 * the like — and then keeps it; the children build theirs on their own first read. Until then it keeps a
 * reference to the lead, the criterion and the context (all immutable). The explanation is the one an
 * eager evaluation would give: criteria are pure functions of the lead, the instant and the context.
 * Evaluations built with {@link #leaf}, {@link #composite} and {@link #negation} hold their explanation
 * from the start. Either way, equality is over the name, outcome, reason, instant, negation flag and
 * children.
 *
 * <p>This class is immutable and thread-safe (an explanation read by two threads at once is built once).
 */
public final class Evaluation {
  private final String name;
  private final Outcome outcome;
  private final Instant asOf;
  private final boolean negation;
  // Built eagerly (the factories), or on first read (Criterion.evaluate) by a Guava memoizing supplier, which
  // is thread-safe, builds once and then drops the explainer with its references to the lead, criterion and
  // context; final, so an evaluation shared through a data race still shows it (JLS 17.5).
  private final Supplier<Explanation> explanation;

  /** The reason and the children. Only final fields, so it may be published through a data race. */
  private record Explanation(String reason, List<Evaluation> children) {}

  /** Builds the fully explained evaluation of a criterion; see {@link #lazy}. */
  @FunctionalInterface
  interface Explainer {
    /** The explained evaluation; its children may themselves be lazy. */
    Evaluation explain();
  }

  private Evaluation(String name, Outcome outcome, String reason, Instant asOf, boolean negation, List<Evaluation> children) {
    requireNonNull(name, "name");
    Args.text("name", name);
    this.name = name;
    this.outcome = requireNonNull(outcome, "outcome");
    String r = requireNonNull(reason, "reason");
    this.asOf = Args.instant("asOf", asOf);
    this.negation = negation;
    List<Evaluation> copy = List.copyOf(Args.noNulls("children", children));
    for (Evaluation c : copy) {
      checkArgument(c.asOf.equals(asOf), "children must be evaluated as of the same instant %s, but %s is as of %s",
          asOf, c.name, c.asOf);
    }
    this.explanation = Suppliers.ofInstance(new Explanation(r, copy));
  }

  // For lazy evaluations: the name is a criterion's (already validated), the outcome computed by Criterion.test.
  private Evaluation(String name, Outcome outcome, Instant asOf, boolean negation, Explainer explainer) {
    this.name = requireNonNull(name, "name");
    this.outcome = requireNonNull(outcome, "outcome");
    this.asOf = Args.instant("asOf", asOf);
    this.negation = negation;
    requireNonNull(explainer, "explainer");
    this.explanation = Suppliers.memoize(() -> build(explainer));
  }

  /** The evaluation of a leaf criterion. */
  public static Evaluation leaf(String name, Outcome outcome, String reason, Instant asOf) {
    return new Evaluation(name, outcome, reason, asOf, false, List.of());
  }

  /**
   * The evaluation of a composite criterion ({@code allOf}, {@code anyOf}, {@code atLeast}) from its
   * children, which must be non-empty and evaluated as of {@code asOf}.
   */
  public static Evaluation composite(String name, Outcome outcome, String reason, Instant asOf, List<Evaluation> children) {
    requireNonNull(children, "children");
    checkArgument(!children.isEmpty(), "a composite evaluation must have children: %s", name);
    return new Evaluation(name, outcome, reason, asOf, false, children);
  }

  /** The evaluation of a negation: its outcome is the child's, negated. */
  public static Evaluation negation(String name, String reason, Instant asOf, Evaluation child) {
    requireNonNull(child, "child");
    return new Evaluation(name, child.outcome.negate(), reason, asOf, true, List.of(child));
  }

  /**
   * An evaluation whose outcome is known now and whose reason and children are built by {@code explainer}
   * on first read, then kept. {@code explainer} must give an evaluation with the same name, outcome, instant
   * and negation flag; a mismatch is a bug in a criterion and fails the first read with an
   * {@link IllegalStateException}.
   */
  static Evaluation lazy(String name, Outcome outcome, Instant asOf, boolean negation, Explainer explainer) {
    return new Evaluation(name, outcome, asOf, negation, explainer);
  }

  private Explanation explanation() {
    return explanation.get();
  }

  private Explanation build(Explainer explainer) {
    Evaluation full = explainer.explain();
    if (full.outcome != outcome || full.negation != negation || !full.name.equals(name) || !full.asOf.equals(asOf)) {
      throw new IllegalStateException("bug: the explanation of " + name + " (" + (negation ? "negation, " : "") + outcome
          + " as of " + asOf + ") does not match it: " + full.name + " (" + (full.negation ? "negation, " : "")
          + full.outcome + " as of " + full.asOf + ")");
    }
    return full.explanation();
  }

  /** The name of the evaluated criterion. */
  public String name() {
    return name;
  }

  /** PASSED, FAILED or UNKNOWN. */
  public Outcome outcome() {
    return outcome;
  }

  /** Why, with the evidence, e.g. {@code 2 site visits in the 30 days before 2026-11-22T10:00Z; at least 3 required}. */
  public String reason() {
    return explanation().reason();
  }

  /** The instant the lead was evaluated as of. */
  public Instant asOf() {
    return asOf;
  }

  /** True if this is the evaluation of a negation ({@code not}). */
  public boolean isNegation() {
    return negation;
  }

  /** The evaluations of the sub-criteria, in definition order; empty for a leaf. */
  public List<Evaluation> children() {
    return explanation().children();
  }

  /** True if the outcome is PASSED. */
  public boolean isPassed() {
    return outcome == Outcome.PASSED;
  }

  /** True if the outcome is FAILED. */
  public boolean isFailed() {
    return outcome == Outcome.FAILED;
  }

  /** True if the outcome is UNKNOWN. */
  public boolean isUnknown() {
    return outcome == Outcome.UNKNOWN;
  }

  /** The first evaluation (this one or a descendant, depth first) of the criterion called {@code name}. */
  public Optional<Evaluation> find(String name) {
    requireNonNull(name, "name");
    if (this.name.equals(name)) return Optional.of(this);
    for (Evaluation c : children()) {
      Optional<Evaluation> found = c.find(name);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /**
   * The leaf evaluations that make this outcome worse than PASSED by failing: leaves reached through
   * sub-criteria that did not pass, whose outcome (read through any negations above them) is FAILED.
   * Failures inside a sub-criterion that passed anyway (one of four in an "at least 2 of 4") are left out.
   */
  public List<Evaluation> failedLeaves() {
    List<Evaluation> out = new ArrayList<>();
    collect(false, Outcome.FAILED, out);
    return List.copyOf(out);
  }

  /** The leaf evaluations that left this outcome undecided or failed for lack of data, as {@link #failedLeaves()} does for failures. */
  public List<Evaluation> unknownLeaves() {
    List<Evaluation> out = new ArrayList<>();
    collect(false, Outcome.UNKNOWN, out);
    return List.copyOf(out);
  }

  /** The reasons of {@link #failedLeaves()}: what to show after "not MQL:". Empty if this passed. */
  public List<String> failedReasons() {
    return reasons(failedLeaves());
  }

  /** The reasons of {@link #unknownLeaves()}: what data to collect next. Empty if this passed. */
  public List<String> unknownReasons() {
    return reasons(unknownLeaves());
  }

  private static List<String> reasons(List<Evaluation> leaves) {
    if (leaves.isEmpty()) return List.of();
    String[] out = new String[leaves.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = leaves.get(i).reason();
    }
    return List.of(out);
  }

  private void collect(boolean negated, Outcome wanted, List<Evaluation> out) {
    Outcome effective = negated ? outcome.negate() : outcome;
    if (effective == Outcome.PASSED) {
      return; // nothing below a passed sub-criterion stands in the way
    }
    List<Evaluation> children = children();
    if (children.isEmpty()) {
      if (effective == wanted) out.add(this);
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      children.get(i).collect(negation != negated, wanted, out);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Evaluation e && name.equals(e.name) && outcome == e.outcome && asOf.equals(e.asOf)
        && negation == e.negation && reason().equals(e.reason()) && children().equals(e.children());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, outcome, reason(), asOf, negation, children());
  }

  /** An indented explanation tree, one line per criterion: {@code name: OUTCOME — reason}. */
  @Override
  public String toString() {
    String instant = Texts.instant(asOf);
    // sized exactly (the tree's explanation is built here anyway): a builder grown from the default size
    // would copy a large tree several times over
    StringBuilder sb = new StringBuilder(length(0) + " (as of )".length() + instant.length());
    sb.append(name).append(": ").append(outcome).append(" — ").append(reason())
        .append(" (as of ").append(instant).append(')');
    for (Evaluation c : children()) {
      c.appendTo(sb, 1);
    }
    return sb.toString();
  }

  /** The length of this node's lines and its descendants' as {@link #appendTo} writes them at {@code depth}. */
  private int length(int depth) {
    int n = (depth == 0 ? 0 : 1 + 2 * depth) + name.length() + ": ".length() + outcome.name().length()
        + " — ".length() + reason().length();
    for (Evaluation c : children()) {
      n += c.length(depth + 1);
    }
    return n;
  }

  private void appendTo(StringBuilder sb, int depth) {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
    sb.append(name).append(": ").append(outcome).append(" — ").append(reason());
    for (Evaluation c : children()) {
      c.appendTo(sb, depth + 1);
    }
  }
}
