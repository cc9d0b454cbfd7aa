package io.revops.core.qualification;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.lead.Industry;
import io.revops.core.lead.PageKind;
import io.revops.core.qualification.BantCriterion.Confirmed;
import io.revops.core.qualification.BantCriterion.Question;
import io.revops.core.qualification.BantCriterion.TimelineWithin;
import io.revops.core.qualification.BehaviouralCriterion.Activity;
import io.revops.core.qualification.BehaviouralCriterion.ActivityAtLeast;
import io.revops.core.qualification.BehaviouralCriterion.VisitedPageKind;
import io.revops.core.qualification.CompositeCriterion.AllOf;
import io.revops.core.qualification.CompositeCriterion.AnyOf;
import io.revops.core.qualification.CompositeCriterion.AtLeast;
import io.revops.core.qualification.CompositeCriterion.Not;
import io.revops.core.qualification.FirmographicCriterion.AnnualRevenueAtLeast;
import io.revops.core.qualification.FirmographicCriterion.CityIn;
import io.revops.core.qualification.FirmographicCriterion.CityPopulationAtLeast;
import io.revops.core.qualification.FirmographicCriterion.EmployeesAtLeast;
import io.revops.core.qualification.FirmographicCriterion.IndustryIn;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Static factories for every built-in criterion, meant for one static import:
 *
 * <pre>{@code
 * import static io.revops.core.qualification.Criteria.*;
 *
 * Criterion enterpriseReady = allOf("enterprise ready",
 *     employeesAtLeast(500),
 *     anyOf(budget(), authority()),
 *     siteVisitsAtLeast(5, Window.lastDays(14)),
 *     not(industryIn(Industry.of("retail"))));
 * }</pre>
 *
 * <p>Every criterion gets a default name from its definition; {@link Criterion#withName} renames it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Criteria {
  private Criteria() {}

  // ---- firmographic ----

  /** The company has at least {@code min} employees. */
  public static Criterion employeesAtLeast(int min) {
    return new EmployeesAtLeast(null, min);
  }

  /**
   * The company's annual revenue is at least {@code min}; revenue in another currency needs exchange
   * rates in the {@link EvaluationContext}, or the outcome is UNKNOWN.
   */
  public static Criterion annualRevenueAtLeast(MonetaryAmount min) {
    return new AnnualRevenueAtLeast(null, min);
  }

  /** The company is in one of {@code industries}. */
  public static Criterion industryIn(Industry... industries) {
    return industryIn(Arrays.asList(requireNonNull(industries, "industries")));
  }

  /** The company is in one of {@code industries}. */
  public static Criterion industryIn(Collection<Industry> industries) {
    return new IndustryIn(null, new LinkedHashSet<>(requireNonNull(industries, "industries")));
  }

  /** The company's city is one of {@code cities} (case-insensitive). */
  public static Criterion cityIn(String... cities) {
    return cityIn(Arrays.asList(requireNonNull(cities, "cities")));
  }

  /** The company's city is one of {@code cities} (case-insensitive). */
  public static Criterion cityIn(Collection<String> cities) {
    return new CityIn(null, new LinkedHashSet<>(requireNonNull(cities, "cities")));
  }

  /** The company's city has at least {@code min} inhabitants. */
  public static Criterion cityPopulationAtLeast(long min) {
    return new CityPopulationAtLeast(null, min);
  }

  /**
   * A geography criterion named {@code geography}: the city is one of {@code cities}, or has at least
   * {@code minPopulation} inhabitants. A city not listed with an unknown population is UNKNOWN.
   */
  public static Criterion geography(long minPopulation, String... cities) {
    return anyOf("geography", cityIn(cities), cityPopulationAtLeast(minPopulation));
  }

  // ---- behavioural ----

  /** At least {@code min} site visits in {@code window}. */
  public static Criterion siteVisitsAtLeast(int min, Window window) {
    return new ActivityAtLeast(null, Activity.SITE_VISITS, min, window);
  }

  /** At least {@code min} site visits up to the evaluation instant. */
  public static Criterion siteVisitsAtLeast(int min) {
    return siteVisitsAtLeast(min, Window.unbounded());
  }

  /** A visit to a page of one of {@code pageKinds} in {@code window}. */
  public static Criterion visitedPageKind(Window window, PageKind... pageKinds) {
    requireNonNull(pageKinds, "pageKinds");
    return new VisitedPageKind(null, new LinkedHashSet<>(Arrays.asList(pageKinds)), window);
  }

  /** A visit to a page of one of {@code pageKinds} up to the evaluation instant. */
  public static Criterion visitedPageKind(PageKind... pageKinds) {
    return visitedPageKind(Window.unbounded(), pageKinds);
  }

  /** At least {@code min} content downloads in {@code window}. */
  public static Criterion contentDownloadsAtLeast(int min, Window window) {
    return new ActivityAtLeast(null, Activity.CONTENT_DOWNLOADS, min, window);
  }

  /** At least {@code min} content downloads up to the evaluation instant. */
  public static Criterion contentDownloadsAtLeast(int min) {
    return contentDownloadsAtLeast(min, Window.unbounded());
  }

  /**
   * At least {@code min} email opens in {@code window}; machine-generated opens count only if the
   * {@link EvaluationContext} says so.
   */
  public static Criterion emailOpensAtLeast(int min, Window window) {
    return new ActivityAtLeast(null, Activity.EMAIL_OPENS, min, window);
  }

  /** At least {@code min} email opens up to the evaluation instant, machine-generated opens excluded by default. */
  public static Criterion emailOpensAtLeast(int min) {
    return emailOpensAtLeast(min, Window.unbounded());
  }

  /** At least {@code min} events attended in {@code window}. */
  public static Criterion eventsAttendedAtLeast(int min, Window window) {
    return new ActivityAtLeast(null, Activity.EVENTS_ATTENDED, min, window);
  }

  /** At least {@code min} events attended up to the evaluation instant. */
  public static Criterion eventsAttendedAtLeast(int min) {
    return eventsAttendedAtLeast(min, Window.unbounded());
  }

  // ---- BANT ----

  /** B: has a budget or an understanding of the investment. */
  public static Criterion budget() {
    return new Confirmed(null, Question.BUDGET);
  }

  /** A: the contact is the decision maker or influences the decision. */
  public static Criterion authority() {
    return new Confirmed(null, Question.AUTHORITY);
  }

  /** N: an explicitly stated need. */
  public static Criterion need() {
    return new Confirmed(null, Question.NEED);
  }

  /** T: plans to act within {@code horizon} of the evaluation date (UTC). */
  public static Criterion timelineWithin(Period horizon) {
    return new TimelineWithin(null, horizon);
  }

  // ---- composites ----

  /** All of {@code criteria} must pass (Kleene AND). */
  public static Criterion allOf(Criterion... criteria) {
    return new AllOf(null, Args.listOf("criteria", criteria));
  }

  /** All of {@code criteria} must pass (Kleene AND); the composite is called {@code name}. */
  public static Criterion allOf(String name, Criterion... criteria) {
    return new AllOf(requireNonNull(name, "name"), Args.listOf("criteria", criteria));
  }

  /** All of {@code criteria} must pass (Kleene AND); the composite is called {@code name}. */
  public static Criterion allOf(String name, List<? extends Criterion> criteria) {
    return new AllOf(requireNonNull(name, "name"), List.copyOf(Args.noNulls("criteria", criteria)));
  }

  /** At least one of {@code criteria} must pass (Kleene OR). */
  public static Criterion anyOf(Criterion... criteria) {
    return new AnyOf(null, Args.listOf("criteria", criteria));
  }

  /** At least one of {@code criteria} must pass (Kleene OR); the composite is called {@code name}. */
  public static Criterion anyOf(String name, Criterion... criteria) {
    return new AnyOf(requireNonNull(name, "name"), Args.listOf("criteria", criteria));
  }

  /** At least one of {@code criteria} must pass (Kleene OR); the composite is called {@code name}. */
  public static Criterion anyOf(String name, List<? extends Criterion> criteria) {
    return new AnyOf(requireNonNull(name, "name"), List.copyOf(Args.noNulls("criteria", criteria)));
  }

  /** At least {@code min} of {@code criteria} must pass; {@code min} is from 1 to their number. */
  public static Criterion atLeast(int min, Criterion... criteria) {
    return new AtLeast(null, min, Args.listOf("criteria", criteria));
  }

  /** At least {@code min} of {@code criteria} must pass; the composite is called {@code name}. */
  public static Criterion atLeast(String name, int min, Criterion... criteria) {
    return new AtLeast(requireNonNull(name, "name"), min, Args.listOf("criteria", criteria));
  }

  /** At least {@code min} of {@code criteria} must pass; the composite is called {@code name}. */
  public static Criterion atLeast(String name, int min, List<? extends Criterion> criteria) {
    return new AtLeast(requireNonNull(name, "name"), min, List.copyOf(Args.noNulls("criteria", criteria)));
  }

  /** {@code criterion} must fail; UNKNOWN stays UNKNOWN. */
  public static Criterion not(Criterion criterion) {
    return new Not(null, criterion);
  }
}
