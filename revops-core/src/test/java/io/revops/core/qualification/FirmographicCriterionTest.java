package io.revops.core.qualification;

import static io.revops.core.qualification.Criteria.annualRevenueAtLeast;
import static io.revops.core.qualification.Criteria.cityIn;
import static io.revops.core.qualification.Criteria.cityPopulationAtLeast;
import static io.revops.core.qualification.Criteria.employeesAtLeast;
import static io.revops.core.qualification.Criteria.geography;
import static io.revops.core.qualification.Criteria.industryIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FirmographicCriterionTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  static Lead with(Company company) {
    return Lead.builder("L-1").company(company).build();
  }

  static final Lead NO_COMPANY = Lead.builder("L-0").build();

  @Nested
  class Employees {
    final Criterion c = employeesAtLeast(50);

    @Test
    void passesAtTheThreshold() {
      Evaluation e = c.evaluate(with(Company.builder("A").employees(50).build()), AS_OF);
      assertThat(e.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(e.reason()).isEqualTo("50 employees; at least 50 required");
      assertThat(e.name()).isEqualTo("employees ≥ 50");
      assertThat(e.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void failsBelowIt() {
      Evaluation e = c.evaluate(with(Company.builder("A").employees(1).build()), AS_OF);
      assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(e.reason()).isEqualTo("1 employee; at least 50 required");
    }

    @Test
    void anUnknownHeadCountIsUnknownNotSmall() {
      Evaluation e = c.evaluate(with(Company.of("A")), AS_OF);
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.reason()).isEqualTo("employee count unknown");
    }

    @Test
    void anUnknownCompanyIsUnknown() {
      Evaluation e = c.evaluate(NO_COMPANY, AS_OF);
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.reason()).isEqualTo("company unknown");
    }

    @Test
    void rejectsANegativeThreshold() {
      assertThatThrownBy(() -> employeesAtLeast(-1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("employees threshold must not be negative: -1");
    }
  }

  @Nested
  class Revenue {
    final Criterion c = annualRevenueAtLeast(Amounts.of(100_000_000L, "RUB"));
    final Lead dollars = with(Company.builder("A").annualRevenue(Amounts.of(2_000_000, "USD")).build());

    @Test
    void comparesInTheSameCurrency() {
      Evaluation pass = c.evaluate(with(Company.builder("A").annualRevenue(Amounts.of("100000000.00", "RUB")).build()), AS_OF);
      assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(pass.reason()).isEqualTo("annual revenue 100 000 000,00 RUB; at least 100 000 000,00 RUB required");
      Evaluation fail = c.evaluate(with(Company.builder("A").annualRevenue(Amounts.of("99999999.99", "RUB")).build()), AS_OF);
      assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(fail.reason()).isEqualTo("annual revenue 99 999 999,99 RUB; at least 100 000 000,00 RUB required");
    }

    @Test
    void anotherCurrencyWithoutRatesIsUnknownNamingBothCurrencies() {
      Evaluation e = c.evaluate(dollars, AS_OF);
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.reason()).isEqualTo("annual revenue is in USD but the threshold is in RUB, and no USD->RUB exchange rate"
          + " is known on or before 2026-11-22");
    }

    @Test
    void anotherCurrencyIsConvertedWithTheRateInForceOnTheEvaluationDate() {
      ExchangeRates rates = ExchangeRates.builder()
          .rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "40")
          .rate(LocalDate.parse("2026-11-01"), "USD", "RUB", "80.50")
          .rate(LocalDate.parse("2026-12-01"), "USD", "RUB", "10")
          .build();
      Evaluation e = c.evaluate(dollars, AS_OF, EvaluationContext.of(rates));
      assertThat(e.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(e.reason()).isEqualTo("annual revenue 2 000 000,00 USD = 161 000 000,00 RUB at 1 USD = 80.5 RUB on 2026-11-22;"
          + " at least 100 000 000,00 RUB required");
      Evaluation earlier = c.evaluate(dollars, Instant.parse("2026-06-01T00:00:00Z"), EvaluationContext.of(rates));
      assertThat(earlier.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(earlier.reason()).startsWith("annual revenue 2 000 000,00 USD = 80 000 000,00 RUB at 1 USD = 40 RUB on 2026-06-01");
    }

    @Test
    void theComparisonIsExactNotRoundedFirst() {
      // 1 000 000 USD × 0.999999995 = 999 999.995 RUB, which rounds to 1 000 000,00 but is less
      Criterion million = annualRevenueAtLeast(Amounts.of(1_000_000, "RUB"));
      ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "0.999999995").build();
      Evaluation e = million.evaluate(with(Company.builder("A").annualRevenue(Amounts.of(1_000_000, "USD")).build()), AS_OF,
          EvaluationContext.of(rates));
      assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void unknownRevenueAndUnknownCompanyAreUnknown() {
      assertThat(c.evaluate(with(Company.of("A")), AS_OF).reason()).isEqualTo("annual revenue unknown");
      assertThat(c.evaluate(NO_COMPANY, AS_OF).reason()).isEqualTo("company unknown");
      assertThat(c.evaluate(NO_COMPANY, AS_OF).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void equalThresholdsOfDifferentScaleAreEqualCriteria() {
      assertThat(annualRevenueAtLeast(Amounts.of("100", "RUB"))).isEqualTo(annualRevenueAtLeast(Amounts.of("100.00", "RUB")))
          .hasSameHashCodeAs(annualRevenueAtLeast(Amounts.of("100.00", "RUB")));
      assertThat(annualRevenueAtLeast(Amounts.of("100", "RUB"))).isNotEqualTo(annualRevenueAtLeast(Amounts.of("100", "USD")));
    }

    @Test
    void rejectsANegativeThreshold() {
      assertThatThrownBy(() -> annualRevenueAtLeast(Amounts.of(-1, "RUB"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("revenue threshold must not be negative: -1,00 RUB");
    }
  }

  @Nested
  class IndustryAndGeography {
    @Test
    void industryMustBeListed() {
      Criterion c = Criteria.industryIn(Industry.MANUFACTURING, Industry.IT);
      assertThat(c.name()).isEqualTo("industry in (manufacturing, it)");
      Evaluation pass = c.evaluate(with(Company.builder("A").industry("IT").build()), AS_OF);
      assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(pass.reason()).isEqualTo("industry it is one of manufacturing, it");
      Evaluation fail = c.evaluate(with(Company.builder("A").industry("retail").build()), AS_OF);
      assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(fail.reason()).isEqualTo("industry retail is not one of manufacturing, it");
      Evaluation unknown = c.evaluate(with(Company.of("A")), AS_OF);
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(unknown.reason()).isEqualTo("industry unknown");
    }

    @Test
    void cityInIgnoresCaseSpacesAndYo() {
      Criterion c = cityIn("Moscow", "Орёл");
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("  moscow ")).build()), AS_OF).reason())
          .isEqualTo("city moscow is one of Moscow, Орёл");
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("Орел")).build()), AS_OF).outcome()).isEqualTo(Outcome.PASSED);
      Evaluation fail = c.evaluate(with(Company.builder("A").city(City.of("Kazan")).build()), AS_OF);
      assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(fail.reason()).isEqualTo("city Kazan is not one of Moscow, Орёл");
      Evaluation unknown = c.evaluate(with(Company.of("A")), AS_OF);
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(unknown.reason()).isEqualTo("city unknown");
    }

    @Test
    void cityPopulation() {
      Criterion c = cityPopulationAtLeast(1_000_000);
      Evaluation pass = c.evaluate(with(Company.builder("A").city(City.of("Kazan", 1_318_000, "RU")).build()), AS_OF);
      assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(pass.reason()).isEqualTo("Kazan has 1 318 000 inhabitants; at least 1 000 000 required");
      Evaluation fail = c.evaluate(with(Company.builder("A").city(City.of("Tver", 400_000, "RU")).build()), AS_OF);
      assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(fail.reason()).isEqualTo("Tver has 400 000 inhabitants; at least 1 000 000 required");
      Evaluation unknown = c.evaluate(with(Company.builder("A").city(City.of("Tver")).build()), AS_OF);
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(unknown.reason()).isEqualTo("population of Tver unknown");
    }

    @Test
    void geographyIsAListedCityOrALargeOne() {
      Criterion c = geography(1_000_000, "Moscow");
      assertThat(c.name()).isEqualTo("geography");
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("Moscow")).build()), AS_OF).outcome()).isEqualTo(Outcome.PASSED);
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("Kazan", 1_318_000, "RU")).build()), AS_OF).outcome())
          .isEqualTo(Outcome.PASSED);
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("Tver", 400_000, "RU")).build()), AS_OF).outcome())
          .isEqualTo(Outcome.FAILED);
      // not listed, population unknown: could be a city of a million
      assertThat(c.evaluate(with(Company.builder("A").city(City.of("Tver")).build()), AS_OF).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void rejectsEmptyAndBlankLists() {
      assertThatThrownBy(() -> Criteria.industryIn()).hasMessage("industries must not be empty");
      assertThatThrownBy(() -> cityIn()).hasMessage("cities must not be empty");
      assertThatThrownBy(() -> cityIn(" ")).hasMessage("city must not be blank: \" \"");
      assertThatThrownBy(() -> cityPopulationAtLeast(-5)).hasMessage("population threshold must not be negative: -5");
    }

    @Test
    void listsDropDuplicatesAndKeepTheirOrderForDisplay() {
      assertThat(industryIn(Industry.IT, Industry.MANUFACTURING, Industry.of("it")))
          .isEqualTo(industryIn(Industry.IT, Industry.MANUFACTURING));
      assertThat(industryIn(Industry.IT, Industry.MANUFACTURING).describe()).isEqualTo("industry in (it, manufacturing)");
    }
  }
}
