package io.revops.core.qualification;

import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.annualRevenueAtLeast;
import static io.revops.core.qualification.Criteria.atLeast;
import static io.revops.core.qualification.Criteria.authority;
import static io.revops.core.qualification.Criteria.budget;
import static io.revops.core.qualification.Criteria.cityIn;
import static io.revops.core.qualification.Criteria.cityPopulationAtLeast;
import static io.revops.core.qualification.Criteria.anyOf;
import static io.revops.core.qualification.Criteria.contentDownloadsAtLeast;
import static io.revops.core.qualification.Criteria.emailOpensAtLeast;
import static io.revops.core.qualification.Criteria.employeesAtLeast;
import static io.revops.core.qualification.Criteria.industryIn;
import static io.revops.core.qualification.Criteria.need;
import static io.revops.core.qualification.Criteria.siteVisitsAtLeast;
import static io.revops.core.qualification.Criteria.timelineWithin;
import static io.revops.core.qualification.Criteria.visitedPageKind;

import io.revops.core.lead.Industry;
import io.revops.core.lead.PageKind;
import io.revops.core.money.Amounts;
import java.time.Period;

/**
 * The handbook's MQL definition as a ready preset (SPEC §2), family by family.
 *
 * <table>
 *   <caption>Handbook criteria</caption>
 *   <tr><th>family</th><th>criterion</th><th>preset</th></tr>
 *   <tr><td>firmographic</td><td>company size</td><td>≥ 50 employees</td></tr>
 *   <tr><td>firmographic</td><td>annual revenue</td><td>≥ 100 million RUB</td></tr>
 *   <tr><td>firmographic</td><td>industry</td><td>manufacturing, distribution, IT</td></tr>
 *   <tr><td>firmographic</td><td>geography</td><td>Moscow, Saint Petersburg, cities of one million or more</td></tr>
 *   <tr><td>behavioural</td><td>site visits</td><td>≥ 3 in the last 30 days</td></tr>
 *   <tr><td>behavioural</td><td>pages viewed</td><td>pricing or case-study pages</td></tr>
 *   <tr><td>behavioural</td><td>content downloads</td><td>≥ 2</td></tr>
 *   <tr><td>behavioural</td><td>email opens</td><td>≥ 5 (machine opens excluded by default)</td></tr>
 *   <tr><td>BANT</td><td>budget, authority, need</td><td>answered yes</td></tr>
 *   <tr><td>BANT</td><td>timeline</td><td>within 6 months</td></tr>
 * </table>
 *
 * <p>The handbook lists the criteria but does not say how the families combine, nor give a window for
 * anything but site visits. This preset chooses, and the choice is part of its definition:
 *
 * <ul>
 *   <li>{@link #firmographic()}: <b>all</b> four (the company must fit the target profile);</li>
 *   <li>{@link #behavioural()}: <b>at least 2 of the 4</b> (interest shows in different ways; demanding
 *       every signal would reject a lead that visited pricing three times but never opened a newsletter);</li>
 *   <li>{@link #bant()}: <b>at least 3 of the 4</b> (marketing rarely knows all four before sales talks to the lead);</li>
 *   <li>{@link #mql()}: all three families.</li>
 * </ul>
 *
 * <p>Only site visits are windowed (the last 30 days, as the handbook says); pages viewed, downloads and
 * email opens count everything up to the evaluation instant, because the handbook states no window for
 * them. Geography accepts the English and Russian spellings of the two capitals, or any city whose
 * known population is at least 1,000,000. A different combination is a line with {@link Criteria}, e.g.
 * every behavioural signal required:
 * {@code allOf("strict MQL", firmographic(), allOf("behavioural", behavioural().children()), bant())};
 * or build your own definition from scratch.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HandbookCriteria {
  /** The population of a "city of one million or more" (город-миллионник). */
  public static final long MILLION_CITY = 1_000_000L;

  private HandbookCriteria() {}

  /**
   * The handbook's MQL definition, named {@code MQL}: all of {@link #firmographic()},
   * {@link #behavioural()} and {@link #bant()}.
   */
  public static Criterion mql() {
    return allOf("MQL", firmographic(), behavioural(), bant());
  }

  /** All of: employees ≥ 50, annual revenue ≥ 100,000,000 RUB, industry manufacturing/distribution/IT, {@link #geography()}. */
  public static Criterion firmographic() {
    return allOf("firmographic",
        employeesAtLeast(50),
        annualRevenueAtLeast(Amounts.of(100_000_000L, "RUB")),
        industryIn(Industry.MANUFACTURING, Industry.DISTRIBUTION, Industry.IT),
        geography());
  }

  /** Any of: the city is Moscow or Saint Petersburg (English or Russian spelling), or has ≥ 1,000,000 inhabitants. */
  public static Criterion geography() {
    return anyOf("geography",
        cityIn("Moscow", "Москва", "Saint Petersburg", "St. Petersburg", "Санкт-Петербург"),
        cityPopulationAtLeast(MILLION_CITY));
  }

  /**
   * At least 2 of: site visits ≥ 3 in the last 30 days, visited a pricing or case-study page, content
   * downloads ≥ 2, email opens ≥ 5.
   */
  public static Criterion behavioural() {
    return atLeast("behavioural", 2,
        siteVisitsAtLeast(3, Window.lastDays(30)),
        visitedPageKind(PageKind.PRICING, PageKind.CASE_STUDY),
        contentDownloadsAtLeast(2),
        emailOpensAtLeast(5));
  }

  /** At least 3 of: budget, authority, need, timeline within 6 months. */
  public static Criterion bant() {
    return atLeast("BANT", 3, budget(), authority(), need(), timelineWithin(Period.ofMonths(6)));
  }
}
