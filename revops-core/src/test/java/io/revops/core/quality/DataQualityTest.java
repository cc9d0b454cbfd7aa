package io.revops.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DataQualityTest {
  private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  private static final DataQuality RU = DataQuality.defaultRegion("RU");

  private static QualityRecord rec(String id, String name, String email, String phone, String company) {
    return QualityRecord.of(LeadId.of(id), name, email, phone, company, null, null);
  }

  @Nested
  class Keys {
    @Test
    void emailsFoldCaseAndOnlyDocumentedPlusAddressingAndGmailDots() {
      assertThat(Emails.key(" Ivan.Petrov+crm@GoogleMail.com ")).hasValue("ivanpetrov@gmail.com");
      assertThat(Emails.key("ivan+news@yandex.ru")).hasValue("ivan@yandex.ru");
      assertThat(Emails.key("ivan+news@ya.ru")).hasValue("ivan@yandex.ru");
      // a corporate domain may route "+" and dots differently: kept
      assertThat(Emails.key("Ivan.Petrov+crm@romashka.ru")).hasValue("ivan.petrov+crm@romashka.ru");
      assertThat(Emails.key("i.petrov@yandex.ru")).hasValue("i.petrov@yandex.ru");
      assertThat(Emails.key("no-at-sign")).isEmpty();
      assertThat(Emails.key("a@b@c.ru")).isEmpty();
      assertThat(Emails.key("a@localhost")).isEmpty();
    }

    @Test
    void russianAndInternationalPhonesShareTheirE164Key() {
      Phones ru = new Phones("RU");
      for (String p : List.of("+7 (495) 123-45-67", "84951234567", "8 (495) 123 45 67", "+74951234567",
          "495 123-45-67", "810 7 495 1234567")) {
        assertThat(ru.key(p)).as(p).hasValue("+74951234567");
      }
      assertThat(ru.key("+49 30 1234567")).hasValue("+49301234567");
      assertThat(new Phones("DE").key("030 1234567")).hasValue("+49301234567");
      assertThat(ru.key("12")).isEmpty();
      assertThat(ru.key("not a phone")).isEmpty();
      assertThatIllegalArgumentException().isThrownBy(() -> DataQuality.defaultRegion("XX"))
          .withMessageContaining("defaultRegion").withMessageContaining("\"XX\"");
    }

    @Test
    void companyNamesLoseLegalFormQuotesCaseAndWordOrder() {
      Optional<String> key = Names.companyKey("ООО «Ромашка»");
      assertThat(key).hasValue("ромашка");
      for (String n : List.of("Ромашка, ООО", "OOO \"Ромашка\"", "ооо 'РОМАШКА'",
          "Общество с ограниченной ответственностью «Ромашка»", "Ромашкa LLC", "ООО “Ромашка”")) {
        assertThat(Names.companyKey(n)).as(n).isEqualTo(key);
      }
      assertThat(Names.companyKey("ПАО «Северная звезда»")).isEqualTo(Names.companyKey("Звезда Северная, АО"));
      assertThat(Names.companyKey("Acme Trading Ltd")).isEqualTo(Names.companyKey("ACME trading"));
      assertThat(Names.companyKey("Ромашка")).isNotEqualTo(Names.companyKey("Ромашка Плюс"));
      assertThat(Names.companyKey("ООО")).isEmpty();
    }

    @Test
    void personNamesIgnoreWordOrderCaseAndYo() {
      assertThat(Names.personKey("Иванов Пётр")).isEqualTo(Names.personKey("петр ИВАНОВ"));
      assertThat(Names.personKey("Ivanov, Petr")).isEqualTo(Names.personKey("Petr Ivanov"));
    }

    @Test
    void aNameWithoutLettersHasNoKeyNotAnEmptyOne() {
      assertThat(Names.personKey(" — , ")).isEqualTo(Optional.empty());
      assertThat(Names.companyKey("ООО «»")).isEqualTo(Optional.empty());
      assertThat(Names.personKey("Пётр")).isEqualTo(Optional.of("петр"));
    }

    @Test
    void innCheckDigits() {
      assertThat(Inn.isValid("7707083893")).isTrue();
      assertThat(Inn.isValid("7707083894")).isFalse();
      assertThat(Inn.isValid("500100732259")).isTrue();
      assertThat(Inn.isValid("500100732258")).isFalse();
      assertThat(Inn.isValid("77070838")).isFalse();
      assertThat(Inn.isValid("77070838a3")).isFalse();
      assertThat(Inn.parse(" 7707083893 ")).hasToString("7707083893").isEqualTo(Inn.parse("7707083893"));
      assertThat(Inn.parse("7707083893").isOrganisation()).isTrue();
      assertThatIllegalArgumentException().isThrownBy(() -> Inn.parse("1234567890"))
          .withMessage("inn must be 10 or 12 digits with valid check digits: \"1234567890\"");
    }
  }

  @Nested
  class Duplicates {
    @Test
    void clustersAreExplainedWithTheirKeysAndConfidence() {
      List<QualityRecord> records = List.of(
          rec("L1", "Иван Петров", "Ivan.Petrov@gmail.com", "+7 (495) 123-45-67", "ООО «Ромашка»"),
          rec("L2", "Петров Иван", "ivanpetrov+crm@gmail.com", null, "Ромашка, ООО"),
          rec("L3", "Иван Петров", null, "84951234567", null),
          rec("L4", "Анна Смирнова", "anna@vostok.ru", "+7 916 000-11-22", "АО «Восток»"),
          rec("L5", "Смирнова Анна", "a.smirnova@vostok.ru", "89160001133", "Восток АО"),
          rec("L6", "Олег Ким", "oleg@zapad.ru", "+7 912 555-66-77", "Запад"));
      Findings findings = Findings.create();
      DataQualityReport report = RU.check(records, AS_OF, "crm", findings);
      assertThat(findings.all()).isEmpty();
      assertThat(report.duplicatePeople()).hasSize(2);
      DuplicateCluster petrov = report.duplicatePeople().get(0);
      assertThat(petrov.members()).extracting(LeadId::value).containsExactly("L1", "L2", "L3");
      assertThat(petrov.keys()).containsExactly(Map.entry(MatchKey.EMAIL, 2), Map.entry(MatchKey.PHONE, 2),
          Map.entry(MatchKey.NAME_AT_COMPANY, 2));
      // L3 shares only the phone: the weakest link
      assertThat(petrov.confidence()).isEqualTo(MatchKey.PHONE.confidence());
      DuplicateCluster smirnova = report.duplicatePeople().get(1);
      assertThat(smirnova.members()).extracting(LeadId::value).containsExactly("L4", "L5");
      assertThat(smirnova.keys()).containsOnlyKeys(MatchKey.NAME_AT_COMPANY);
      assertThat(report.leadsCountedTwice()).isEqualTo(3);
      assertThat(report.distinctPeople()).isEqualTo(3);
      assertThat(report.duplicateCompanies()).hasSize(2).allSatisfy(c -> {
        assertThat(c.level()).isEqualTo(MatchKey.Level.COMPANY);
        assertThat(c.keys()).containsOnlyKeys(MatchKey.COMPANY_NAME);
      });
      assertThat(report.toString()).contains("3 leads counted twice, 3 distinct people")
          .contains("PERSON 3 leads [L1, L2, L3] by EMAIL×2 PHONE×2 NAME_AT_COMPANY×2 confidence 0.90");
    }

    @Test
    void aValidInnJoinsCompaniesAnInvalidOneIsAFinding() {
      List<QualityRecord> records = List.of(
          rec("L1", "Иван Петров", null, null, "Сбербанк").withInn("7707083893"),
          rec("L2", "Пётр Иванов", null, null, "ПАО Сбербанк России").withInn("7707083893"),
          rec("L3", "Иван Петров", null, null, "Банк").withInn("7707083893"),
          rec("L4", "Олег Ким", null, null, "Запад").withInn("7707083894"));
      Findings findings = Findings.create();
      DataQualityReport report = RU.check(records, AS_OF, "crm", findings);
      assertThat(findings.all()).containsExactly(Finding.of("crm", 4, "inn", "7707083894",
          "an INN of 10 or 12 digits with valid check digits"));
      assertThat(report.duplicateCompanies()).singleElement().satisfies(c -> {
        assertThat(c.members()).extracting(LeadId::value).containsExactly("L1", "L2", "L3");
        assertThat(c.keys()).containsExactly(Map.entry(MatchKey.INN, 3));
      });
      // the same name at the same INN, though the company names differ
      assertThat(report.duplicatePeople()).singleElement()
          .satisfies(c -> assertThat(c.members()).extracting(LeadId::value).containsExactly("L1", "L3"));
    }

    @Test
    void distinctPeopleAtOneCompanyAreNotDuplicates() {
      List<QualityRecord> records = List.of(
          rec("L1", "Иван Петров", "ivan@romashka.ru", "+74951234567", "Ромашка"),
          rec("L2", "Анна Петрова", "anna@romashka.ru", "+74951234568", "Ромашка"));
      DataQualityReport report = RU.check(records, AS_OF, "crm", Findings.create());
      assertThat(report.duplicatePeople()).isEmpty();
      assertThat(report.duplicateCompanies()).isEmpty(); // one company, written one way
      assertThat(report.leadsCountedTwice()).isZero();
    }
  }

  @Nested
  class CompletenessAndFreshness {
    @Test
    void countsPresentAndUsableValuesAndReportsTheUnusable() {
      List<QualityRecord> records = List.of(
          QualityRecord.of(LeadId.of("L1"), "Иван", "ivan@x.ru", "+74951234567", "ООО", null,
              AS_OF.minus(Duration.ofDays(10))),
          QualityRecord.of(LeadId.of("L2"), null, "broken@", "12", "Ромашка", null,
              AS_OF.minus(Duration.ofDays(400))),
          QualityRecord.of(LeadId.of("L3"), null, null, null, null, null, AS_OF.plusSeconds(60)),
          QualityRecord.of(LeadId.of("L4"), null, null, null, null, null, null));
      Findings findings = Findings.create();
      DataQualityReport report = RU.check(records, AS_OF, "crm", findings);
      assertThat(findings.all()).extracting(Finding::line, Finding::field).containsExactly(
          org.assertj.core.groups.Tuple.tuple(1L, Optional.of("company")),
          org.assertj.core.groups.Tuple.tuple(2L, Optional.of("email")),
          org.assertj.core.groups.Tuple.tuple(2L, Optional.of("phone")),
          org.assertj.core.groups.Tuple.tuple(3L, Optional.of("verified_at")));
      assertThat(report.completeness()).containsExactly(
          new FieldCompleteness("name", 4, 1, 1),
          new FieldCompleteness("email", 4, 2, 1),
          new FieldCompleteness("phone", 4, 2, 1),
          new FieldCompleteness("company", 4, 2, 1),
          new FieldCompleteness("inn", 4, 0, 0),
          new FieldCompleteness("verified_at", 4, 3, 2));
      assertThat(report.completeness().get(1).share()).hasValue(0.25);
      assertThat(report.freshness()).isEqualTo(new Freshness(AS_OF, Duration.ofDays(365), 1, 1, 1, 1,
          Optional.of(Duration.ofDays(10))));
      assertThat(new FieldCompleteness("x", 0, 0, 0).share()).isEmpty();
    }

    @Test
    void leadsAreReadWithTheirContactAndCompany() {
      Lead a = Lead.builder("A").contact(Contact.of("Иван Петров", null, "+74951234567", null))
          .company(Company.of("Ромашка")).build();
      Lead b = Lead.builder("B").contact(Contact.of(null, null, "8 495 123-45-67", null)).build();
      DataQualityReport report = RU.staleAfter(Duration.ofDays(30))
          .checkLeads(List.of(a, b), AS_OF, "crm", Findings.create());
      assertThat(report.duplicatePeople()).singleElement()
          .satisfies(c -> assertThat(c.keys()).containsOnlyKeys(MatchKey.PHONE));
      assertThat(report.freshness().staleAfter()).isEqualTo(Duration.ofDays(30));
      assertThat(report.freshness().neverVerified()).isEqualTo(2);
      assertThat(report.freshness().medianAge()).isEmpty();
      assertThatIllegalArgumentException().isThrownBy(() -> RU.staleAfter(Duration.ZERO))
          .withMessage("staleAfter must be positive: PT0S");
    }
  }
}
