package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * BANT criteria: budget, authority, need (from the lead's YES / NO / UNKNOWN answers) and a timeline
 * within a horizon of the evaluation date. An answer not yet given is UNKNOWN, never FAILED.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface BantCriterion extends Criterion {

  /** One of the three yes/no BANT questions. */
  enum Question {
    /** Has a budget or an understanding of the investment. */
    BUDGET("budget", "has a budget or an understanding of the investment",
        "has neither a budget nor an understanding of the investment"),
    /** The contact is the decision maker or influences the decision. */
    AUTHORITY("authority", "the contact is the decision maker or influences the decision",
        "the contact neither makes nor influences the decision"),
    /** Has explicitly stated a need. */
    NEED("need", "need explicitly stated", "no need");

    private final String label;
    private final String yes;
    private final String no;

    Question(String label, String yes, String no) {
      this.label = label;
      this.yes = yes;
      this.no = no;
    }

    /** The short label, e.g. {@code budget}. */
    public String label() {
      return label;
    }

    BantAnswer answer(Bant bant) {
      return switch (this) {
        case BUDGET -> bant.budget();
        case AUTHORITY -> bant.authority();
        case NEED -> bant.need();
      };
    }
  }

  /**
   * The lead answered YES to {@code question}: PASSED for YES, FAILED for NO, UNKNOWN for UNKNOWN.
   *
   * @param name the name shown in explanations; null for the question's label, e.g. {@code budget}
   * @param question budget, authority or need
   */
  record Confirmed(String name, Question question) implements BantCriterion {
    /** Validates the question and defaults the name. */
    public Confirmed {
      requireNonNull(question, "question");
      name = Texts.name(name, question.label);
    }

    @Override
    public String describe() {
      return question.label;
    }

    @Override
    public Confirmed withName(@Nullable String name) {
      return new Confirmed(name, question);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, Confirmed::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      return switch (question.answer(lead.bant())) {
        case YES -> Outcome.PASSED;
        case NO -> Outcome.FAILED;
        case UNKNOWN -> Outcome.UNKNOWN;
      };
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return switch (question.answer(lead.bant())) {
        case YES -> Evaluation.leaf(name, Outcome.PASSED, question.yes, asOf);
        case NO -> Evaluation.leaf(name, Outcome.FAILED, question.no, asOf);
        case UNKNOWN -> Evaluation.leaf(name, Outcome.UNKNOWN, question.label + " not known", asOf);
      };
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The lead plans to act within {@code horizon} of the evaluation instant's UTC date.
   *
   * @param name the name shown in explanations; null for the default, e.g. {@code timeline within 6 months}
   * @param horizon how far ahead, positive
   */
  record TimelineWithin(String name, Period horizon) implements BantCriterion {
    /** Validates the horizon and defaults the name. */
    public TimelineWithin {
      requireNonNull(horizon, "horizon");
      checkArgument(!horizon.isNegative() && !horizon.isZero(), "timeline horizon must be positive: %s", horizon);
      name = Texts.name(name, definition(horizon));
    }

    private static String definition(Period horizon) {
      return "timeline within " + Texts.period(horizon);
    }

    @Override
    public String describe() {
      return definition(horizon);
    }

    @Override
    public TimelineWithin withName(@Nullable String name) {
      return new TimelineWithin(name, horizon);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, TimelineWithin::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      Timeline timeline = lead.bant().timeline();
      if (timeline.isUnknown()) return Outcome.UNKNOWN;
      LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
      LocalDate deadline = timeline.deadline().orElseThrow();
      // as Timeline.isStale and isWithin decide, with the deadline computed once
      if (deadline.isBefore(today)) return Outcome.UNKNOWN;
      return Outcome.of(!deadline.isAfter(today.plus(horizon)));
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      Timeline timeline = lead.bant().timeline();
      if (timeline.isUnknown()) {
        return Evaluation.leaf(name, Outcome.UNKNOWN, "timeline unknown", asOf);
      }
      LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
      LocalDate limit = today.plus(horizon);
      LocalDate deadline = timeline.deadline().orElseThrow();
      if (timeline.isStale(today)) {
        return Evaluation.leaf(name, Outcome.UNKNOWN, "timeline stale: planned to act by " + deadline
            + ", before " + today + "; ask again", asOf);
      }
      boolean passed = timeline.isWithin(horizon, today) == BantAnswer.YES;
      return Evaluation.leaf(name, Outcome.of(passed), "plans to act by " + deadline + (passed ? ", on or before " : ", after ")
          + limit + " (" + Texts.period(horizon) + " from " + today + ")", asOf);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }
}
