package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Criteria on the company behind a lead: size, annual revenue, industry, city. A field the lead does
 * not have (no company, no employee count, no city) makes the criterion UNKNOWN, never FAILED.
 *
 * <p>Firmographic data is taken as the lead holds it now; only behaviour has a history.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface FirmographicCriterion extends Criterion {

  /** The lead's company, or null: {@link Criterion#test} checks for null where an explanation maps Optionals. */
  private static Company companyOrNull(Lead lead) {
    return lead.company().orElse(null);
  }

  /** The company's city, or null if the lead has no company or the company no city. */
  private static City cityOrNull(Lead lead) {
    Company company = companyOrNull(lead);
    return company == null ? null : company.city().orElse(null);
  }

  /**
   * Evaluates {@code then} on the company's {@code field}, or says UNKNOWN naming what is missing: the
   * company, or the field ({@code what}). Every firmographic explanation starts this way.
   */
  private static <T> Evaluation ifKnown(String name, Lead lead, Instant asOf, String what,
      Function<Company, Optional<T>> field, Function<T, Evaluation> then) {
    Optional<Company> company = lead.company();
    if (company.isEmpty()) {
      return Evaluation.leaf(name, Outcome.UNKNOWN, "company unknown", asOf);
    }
    Optional<T> value = field.apply(company.get());
    if (value.isEmpty()) {
      return Evaluation.leaf(name, Outcome.UNKNOWN, what + " unknown", asOf);
    }
    return then.apply(value.get());
  }

  /**
   * The company has at least {@code min} employees.
   *
   * @param name the name shown in explanations; null for the default {@code employees ≥ min}
   * @param min the least number of employees, not negative
   */
  record EmployeesAtLeast(String name, int min) implements FirmographicCriterion {
    /** Validates the threshold and defaults the name. */
    public EmployeesAtLeast {
      checkArgument(min >= 0, "employees threshold must not be negative: %s", min);
      name = Texts.name(name, definition(min));
    }

    private static String definition(int min) {
      return "employees ≥ " + Texts.number(min);
    }

    @Override
    public String describe() {
      return definition(min);
    }

    @Override
    public EmployeesAtLeast withName(@Nullable String name) {
      return new EmployeesAtLeast(name, min);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, EmployeesAtLeast::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      Company company = companyOrNull(lead);
      if (company == null) return Outcome.UNKNOWN;
      OptionalInt employees = company.employees();
      return employees.isPresent() ? Outcome.of(employees.getAsInt() >= min) : Outcome.UNKNOWN;
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return ifKnown(name, lead, asOf, "employee count",
          c -> c.employees().isPresent() ? Optional.of(c.employees().getAsInt()) : Optional.empty(),
          n -> Evaluation.leaf(name, Outcome.of(n >= min),
              Texts.count(n, "employee", "employees") + Texts.atLeastRequired(Texts.number(min)), asOf));
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The company's annual revenue is at least {@code min}. A revenue in another currency is converted
   * with the context's {@link io.revops.core.money.ExchangeRates} in force on the UTC date of the
   * evaluation instant, exactly (no rounding before comparing); without a rate the outcome is UNKNOWN
   * with a reason naming both currencies.
   *
   * @param name the name shown in explanations; null for the default {@code annual revenue ≥ min}
   * @param min the least annual revenue, not negative
   */
  record AnnualRevenueAtLeast(String name, MonetaryAmount min) implements FirmographicCriterion {
    /** Validates the threshold, normalises its scale (so equal amounts are equal) and defaults the name. */
    public AnnualRevenueAtLeast {
      Amounts.requireNonNegative("revenue threshold", min);
      BigDecimal v = Amounts.toBigDecimal(min);
      min = Amounts.of(v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros(), min.getCurrency());
      name = Texts.name(name, definition(min));
    }

    private static String definition(MonetaryAmount min) {
      return "annual revenue ≥ " + Amounts.format(min);
    }

    @Override
    public String describe() {
      return definition(min);
    }

    @Override
    public AnnualRevenueAtLeast withName(@Nullable String name) {
      return new AnnualRevenueAtLeast(name, min);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, AnnualRevenueAtLeast::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      Company company = companyOrNull(lead);
      MonetaryAmount revenue = company == null ? null : company.annualRevenue().orElse(null);
      if (revenue == null) return Outcome.UNKNOWN;
      CurrencyUnit target = min.getCurrency();
      if (revenue.getCurrency().equals(target)) {
        return Outcome.of(reaches(Amounts.toBigDecimal(revenue)));
      }
      Optional<BigDecimal> rate = context.exchangeRates().rate(revenue.getCurrency(), target,
          LocalDate.ofInstant(asOf, ZoneOffset.UTC));
      return rate.isEmpty() ? Outcome.UNKNOWN
          : Outcome.of(reaches(Amounts.toBigDecimal(revenue).multiply(rate.get())));
    }

    /** Whether a revenue, exact and in the threshold's currency, is at least the threshold. */
    private boolean reaches(BigDecimal revenue) {
      return revenue.compareTo(Amounts.toBigDecimal(min)) >= 0;
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return ifKnown(name, lead, asOf, "annual revenue", Company::annualRevenue,
          revenue -> compare(revenue, asOf, context));
    }

    private Evaluation compare(MonetaryAmount revenue, Instant asOf, EvaluationContext context) {
      CurrencyUnit target = min.getCurrency();
      String required = Texts.atLeastRequired(Amounts.format(min));
      if (revenue.getCurrency().equals(target)) {
        boolean passed = reaches(Amounts.toBigDecimal(revenue));
        return Evaluation.leaf(name, Outcome.of(passed), "annual revenue " + Amounts.format(revenue) + required, asOf);
      }
      // Rates are dated; the UTC date of the evaluation instant picks the rate in force.
      LocalDate date = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
      String from = revenue.getCurrency().getCurrencyCode();
      String to = target.getCurrencyCode();
      Optional<BigDecimal> rate = context.exchangeRates().rate(revenue.getCurrency(), target, date);
      if (rate.isEmpty()) {
        return Evaluation.leaf(name, Outcome.UNKNOWN, "annual revenue is in " + from + " but the threshold is in " + to
            + ", and no " + from + "->" + to + " exchange rate is known on or before " + date, asOf);
      }
      BigDecimal converted = Amounts.toBigDecimal(revenue).multiply(rate.get());
      boolean passed = reaches(converted);
      // Rounded for display only; the comparison above is exact.
      String shown = Amounts.format(Amounts.round(Amounts.of(converted, target), RoundingMode.HALF_EVEN));
      return Evaluation.leaf(name, Outcome.of(passed), "annual revenue " + Amounts.format(revenue) + " = " + shown
          + " at 1 " + from + " = " + rate.get().toPlainString() + " " + to + " on " + date + required, asOf);
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The company is in one of {@code industries}.
   *
   * @param name the name shown in explanations; null for the default {@code industry in (…)}
   * @param industries the accepted industries, at least one
   */
  record IndustryIn(String name, Set<Industry> industries) implements FirmographicCriterion {
    /** Validates and copies the industries, keeping their order, and defaults the name. */
    public IndustryIn {
      requireNonNull(industries, "industries");
      checkArgument(!industries.isEmpty(), "industries must not be empty");
      Set<Industry> copy = new LinkedHashSet<>();
      for (Industry i : industries) {
        copy.add(requireNonNull(i, "industry"));
      }
      industries = Collections.unmodifiableSet(copy);
      name = Texts.name(name, definition(industries));
    }

    private static String definition(Set<Industry> industries) {
      return "industry in (" + Texts.list(industries) + ")";
    }

    @Override
    public String describe() {
      return definition(industries);
    }

    @Override
    public IndustryIn withName(@Nullable String name) {
      return new IndustryIn(name, industries);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, IndustryIn::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      Company company = companyOrNull(lead);
      Industry industry = company == null ? null : company.industry().orElse(null);
      return industry == null ? Outcome.UNKNOWN : Outcome.of(industries.contains(industry));
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return ifKnown(name, lead, asOf, "industry", Company::industry, industry -> {
        boolean passed = industries.contains(industry);
        return Evaluation.leaf(name, Outcome.of(passed), "industry " + industry + (passed ? " is" : " is not")
            + " one of " + Texts.list(industries), asOf);
      });
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The company's city is one of {@code cities}, compared ignoring case, surrounding spaces, hyphens and
   * the difference between "ё" and "е" (so list each language's spelling you accept: "Moscow", "Москва").
   *
   * <p>A final class, not a record, so that it keeps the normalised keys of its cities, computed once when it is
   * made. Equal when of the same name and the same set of cities (in any order); its hash code is
   * {@code 31 * name().hashCode() + cities().hashCode()}.
   */
  final class CityIn implements FirmographicCriterion {
    private final String name;
    private final Set<String> cities;
    // the cities' keys (CityNames.key), in the cities' order
    private final String[] keys;

    /**
     * Validates and copies the cities, keeping their order, defaults the name and computes the cities' keys.
     *
     * @param name the name shown in explanations; null for the default {@code city in (…)}
     * @param cities the accepted city names, at least one, none blank
     */
    public CityIn(@Nullable String name, Set<String> cities) {
      requireNonNull(cities, "cities");
      checkArgument(!cities.isEmpty(), "cities must not be empty");
      Set<String> copy = new LinkedHashSet<>();
      for (String c : cities) {
        requireNonNull(c, "city");
        Args.text("city", c);
        copy.add(c.trim());
      }
      this.cities = Collections.unmodifiableSet(copy);
      this.name = Texts.name(name, definition(this.cities));
      this.keys = copy.stream().map(CityNames::key).toArray(String[]::new);
    }

    @Override
    public String name() {
      return name;
    }

    /** The accepted city names, trimmed, in the order given. */
    public Set<String> cities() {
      return cities;
    }

    private static String definition(Set<String> cities) {
      return "city in (" + Texts.list(cities) + ")";
    }

    @Override
    public String describe() {
      return definition(cities);
    }

    @Override
    public CityIn withName(@Nullable String name) {
      return new CityIn(name, cities);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, CityIn::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      City city = cityOrNull(lead);
      if (city == null) return Outcome.UNKNOWN;
      return Outcome.of(CityNames.matchesAny(keys, city.name()));
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return ifKnown(name, lead, asOf, "city", Company::city, city -> {
        boolean passed = CityNames.matchesAny(keys, city.name());
        return Evaluation.leaf(name, Outcome.of(passed), "city " + city.name() + (passed ? " is" : " is not")
            + " one of " + Texts.list(cities), asOf);
      });
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof CityIn c && name.equals(c.name) && cities.equals(c.cities);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + cities.hashCode();
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }

  /**
   * The company's city has at least {@code min} inhabitants.
   *
   * @param name the name shown in explanations; null for the default {@code city population ≥ min}
   * @param min the least population, not negative
   */
  record CityPopulationAtLeast(String name, long min) implements FirmographicCriterion {
    /** Validates the threshold and defaults the name. */
    public CityPopulationAtLeast {
      checkArgument(min >= 0, "population threshold must not be negative: %s", min);
      name = Texts.name(name, definition(min));
    }

    private static String definition(long min) {
      return "city population ≥ " + Texts.number(min);
    }

    @Override
    public String describe() {
      return definition(min);
    }

    @Override
    public CityPopulationAtLeast withName(@Nullable String name) {
      return new CityPopulationAtLeast(name, min);
    }

    @Override
    public Evaluation evaluate(Lead lead, Instant asOf, EvaluationContext context) {
      return Evaluations.lazy(this, name, test(lead, asOf, context), lead, asOf, context, CityPopulationAtLeast::explain);
    }

    @Override
    public Outcome test(Lead lead, Instant asOf, EvaluationContext context) {
      Texts.requireArgs(lead, asOf, context);
      City city = cityOrNull(lead);
      OptionalLong population = city == null ? OptionalLong.empty() : city.population();
      return population.isPresent() ? Outcome.of(population.getAsLong() >= min) : Outcome.UNKNOWN;
    }

    private Evaluation explain(Lead lead, Instant asOf, EvaluationContext context) {
      return ifKnown(name, lead, asOf, "city", Company::city, city -> {
        OptionalLong population = city.population();
        if (population.isEmpty()) {
          return Evaluation.leaf(name, Outcome.UNKNOWN, "population of " + city.name() + " unknown", asOf);
        }
        long p = population.getAsLong();
        return Evaluation.leaf(name, Outcome.of(p >= min), city.name() + " has "
            + Texts.count(p, "inhabitant", "inhabitants") + Texts.atLeastRequired(Texts.number(min)), asOf);
      });
    }

    @Override
    public String toString() {
      return Texts.tree(this);
    }
  }
}
