package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.BehaviouralEvent.ContentDownload;
import io.revops.core.lead.BehaviouralEvent.EmailOpen;
import io.revops.core.lead.BehaviouralEvent.EventAttended;
import io.revops.core.lead.BehaviouralEvent.SiteVisit;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Criteria on what a lead did, counted in a {@link Window} that ends at the evaluation instant.
 * Behaviour after the evaluation instant is ignored. No recorded behaviour counts as none: these
 * criteria are PASSED or FAILED, never UNKNOWN.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface BehaviouralCriterion extends Criterion {
  /** The window the behaviour is counted in. */
  Window window();

  /** A kind of behaviour that is counted. */
  enum Activity {
    /** Visits to the site (any page). */
    SITE_VISITS("site visit", "site visits", SiteVisit.class),
    /** Downloaded pieces of content. */
    CONTENT_DOWNLOADS("content download", "content downloads", ContentDownload.class),
    /** Opened emails; machine-generated opens count only if the context says so. */
    EMAIL_OPENS("email open", "email opens", EmailOpen.class),
    /** Events (webinars, conferences) attended. */
    EVENTS_ATTENDED("event attended", "events attended", EventAttended.class);

    private final String singular;
    private final String plural;
    private final Class<? extends BehaviouralEvent> type;

    Activity(String singular, String plural, Class<? extends BehaviouralEvent> type) {
      this.singular = singular;
      this.plural = plural;
      this.type = type;
    }

    /** The plural noun, e.g. {@code site visits}. */
    public String noun() {
      return plural;
    }
  }

  /**
   * The lead did {@code activity} at least {@code min} times in {@code window}.
   *
   * @param name the name shown in explanations; null for the default, e.g. {@code site visits ≥ 3 in the last 30 days}
   * @param activity what is counted
   * @param min the least count, positive
   * @param window where in time it is counted
   */
  record ActivityAtLeast(String name, Activity activity, int min, Window window) implements BehaviouralCriterion {
    /** Validates the threshold and defaults the name. */
    public ActivityAtLeast {
      requireNonNull(activity, "activity");
      requireNonNull(window, "window");
      checkArgument(min > 0, "%s threshold must be positive: %s", activity.plural, min);
      name = Texts.name(name, definition(activity, min, window));
    }

    private static String definition(Activity activity, int min, Window window) {
      return activity.plural + " ≥ " + Texts.number(min) + (window.isUnbounded() ? "" : " in the " + window);
    }

    @Override
    public String describe() {
      return definition(activity, min, window);
    }

    @Override
    public ActivityAtLeast withName(@Nullable String name) {
      return new ActivityAtLeast(name, activity, min, window);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, ActivityAtLeast::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      boolean machineOpensCounted = context.isMachineEmailOpensCounted();
      List<BehaviouralEvent> behaviour = lead.behaviour(); // all of it: behaviour(type) copies a list per call
      Instant start = window.start(asOf);
      int counted = 0;
      for (int i = 0; i < behaviour.size(); i++) {
        BehaviouralEvent e = behaviour.get(i);
        if (!matches(e, asOf, start)) continue;
        if (!machineOpensCounted && e instanceof EmailOpen open && open.machineGenerated()) continue;
        if (++counted >= min) return Outcome.PASSED; // the rest cannot undo it
      }
      return Outcome.FAILED;
    }

    /**
     * Whether {@code e} is of this activity and in the window ({@code start} is the window's start for
     * {@code asOf}); machine email opens are left to the caller, which counts them or not per the context.
     */
    private boolean matches(BehaviouralEvent e, Instant asOf, Instant start) {
      return activity.type.isInstance(e) && Window.contains(e.at(), asOf, start);
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      int counted = 0;
      int machine = 0;
      List<BehaviouralEvent> behaviour = lead.behaviour();
      Instant start = window.start(asOf);
      for (int i = 0; i < behaviour.size(); i++) {
        BehaviouralEvent e = behaviour.get(i);
        if (!matches(e, asOf, start)) continue;
        if (e instanceof EmailOpen open && open.machineGenerated()) {
          machine++;
          if (!context.isMachineEmailOpensCounted()) continue;
        }
        counted++;
      }
      StringBuilder reason = new StringBuilder(Texts.count(counted, activity.singular, activity.plural))
          .append(' ').append(window.describe(asOf));
      if (machine > 0) {
        reason.append(context.isMachineEmailOpensCounted() ? ", including " : ", not counting ")
            .append(Texts.count(machine, "machine open", "machine opens"));
      }
      reason.append(Texts.atLeastRequired(Texts.number(min)));
      return Evaluation.leaf(name, Outcome.of(counted >= min), reason.toString(), asOf);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The lead visited a page of one of {@code pageKinds} (e.g. pricing or case studies) in {@code window}.
   *
   * @param name the name shown in explanations; null for the default, e.g. {@code visited a pricing or case-study page}
   * @param pageKinds the page kinds that count, at least one
   * @param window where in time the visits count
   */
  record VisitedPageKind(String name, Set<PageKind> pageKinds, Window window) implements BehaviouralCriterion {
    /** Validates and copies the page kinds, keeping their order, and defaults the name. */
    public VisitedPageKind {
      requireNonNull(pageKinds, "pageKinds");
      requireNonNull(window, "window");
      checkArgument(!pageKinds.isEmpty(), "pageKinds must not be empty");
      Set<PageKind> copy = new LinkedHashSet<>();
      for (PageKind k : pageKinds) {
        copy.add(requireNonNull(k, "pageKind"));
      }
      pageKinds = Collections.unmodifiableSet(copy);
      name = Texts.name(name, definition(pageKinds, window));
    }

    private static String kinds(Set<PageKind> pageKinds) {
      List<String> labels = new ArrayList<>();
      for (PageKind k : pageKinds) {
        labels.add(switch (k) {
          case PRICING -> "pricing";
          case CASE_STUDY -> "case-study";
          case OTHER -> "other";
        });
      }
      return Texts.orList(labels);
    }

    private static String definition(Set<PageKind> pageKinds, Window window) {
      return "visited a " + kinds(pageKinds) + " page" + (window.isUnbounded() ? "" : " in the " + window);
    }

    @Override
    public String describe() {
      return definition(pageKinds, window);
    }

    @Override
    public VisitedPageKind withName(@Nullable String name) {
      return new VisitedPageKind(name, pageKinds, window);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, VisitedPageKind::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      List<BehaviouralEvent> behaviour = lead.behaviour(); // all of it: behaviour(type) copies a list per call
      Instant start = window.start(asOf);
      for (int i = 0; i < behaviour.size(); i++) {
        if (matches(behaviour.get(i), asOf, start)) {
          return Outcome.PASSED;
        }
      }
      return Outcome.FAILED;
    }

    /** Whether {@code e} is a visit to a page of one of the kinds, in the window ({@code start} its start for {@code asOf}). */
    private boolean matches(BehaviouralEvent e, Instant asOf, Instant start) {
      return e instanceof SiteVisit v && pageKinds.contains(v.pageKind()) && Window.contains(v.at(), asOf, start);
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      List<BehaviouralEvent> behaviour = lead.behaviour();
      Instant start = window.start(asOf);
      long visits = 0;
      for (int i = 0; i < behaviour.size(); i++) {
        if (matches(behaviour.get(i), asOf, start)) {
          visits++;
        }
      }
      return Evaluation.leaf(name, Outcome.of(visits > 0), Texts.count(visits, "visit", "visits") + " to "
          + kinds(pageKinds) + " pages " + window.describe(asOf) + Texts.atLeastRequired("1"), asOf);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }
}
