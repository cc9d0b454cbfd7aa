package io.revops.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small identifier and vocabulary types of the lead package. */
class LeadValueTypesTest {

  @Test
  void leadId() {
    assertThat(LeadId.of("L-1").value()).isEqualTo("L-1");
    assertThat(LeadId.of("L-1")).hasToString("L-1");
    assertThat(LeadId.of("L-1")).isLessThan(LeadId.of("L-2"));
    assertThatThrownBy(() -> LeadId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leadId must not be blank: \" \"");
    assertThatThrownBy(() -> LeadId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("leadId");
    new EqualsTester().addEqualityGroup(LeadId.of("L-1"), new LeadId("L-1")).addEqualityGroup(LeadId.of("l-1"))
        .testEquals();
  }

  @Test
  void leadSourceKeepsTheCodeAsGiven() {
    assertThat(LeadSource.of("paid_search").code()).isEqualTo("paid_search");
    assertThat(LeadSource.of("webinar")).hasToString("webinar");
    assertThat(LeadSource.of("referral")).isLessThan(LeadSource.of("webinar"));
    assertThatThrownBy(() -> LeadSource.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be blank: \"\"");
    assertThatThrownBy(() -> LeadSource.of(null)).hasMessage("source");
    new EqualsTester().addEqualityGroup(LeadSource.of("webinar"), LeadSource.of("webinar"))
        .addEqualityGroup(LeadSource.of("Webinar")).testEquals();
  }

  @Test
  void theUnknownSourceIsNamedOnce() {
    assertThat(LeadSource.UNKNOWN).isEqualTo(LeadSource.of("unknown")).hasToString("unknown");
  }

  @Test
  void industryIsCaseInsensitiveAndTrimmed() {
    assertThat(Industry.of(" IT ")).isEqualTo(Industry.IT).hasToString("it");
    assertThat(Industry.of("Manufacturing")).isEqualTo(Industry.MANUFACTURING);
    assertThat(Industry.of("DISTRIBUTION").name()).isEqualTo("distribution");
    assertThatThrownBy(() -> Industry.of("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("industry must not be blank: \"  \"");
    new EqualsTester().addEqualityGroup(Industry.IT, Industry.of("it"), Industry.of("It"))
        .addEqualityGroup(Industry.MANUFACTURING).addEqualityGroup(Industry.DISTRIBUTION).testEquals();
  }

  @Test
  void industryLowerCasingDoesNotDependOnTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR")); // dotless i
      assertThat(Industry.of("IT")).isEqualTo(Industry.IT);
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void city() {
    City moscow = City.of("Moscow", 13_000_000, "RU").withRegion("Moscow");
    assertThat(moscow.name()).isEqualTo("Moscow");
    assertThat(moscow.population()).hasValue(13_000_000);
    assertThat(moscow.region()).contains("Moscow");
    assertThat(moscow.country()).contains("RU");
    assertThat(moscow).hasToString("Moscow, Moscow, RU (pop. 13 000 000)");
    assertThat(City.of(" Kazan ")).hasToString("Kazan");
    assertThat(City.of("Kazan").population()).isEmpty();
    assertThat(City.of("Kazan").withCountry(" ").country()).isEmpty();
    assertThat(City.of("Kazan").withPopulation(1_300_000).withCountry("RU"))
        .isEqualTo(City.of("Kazan", 1_300_000, "RU"));
  }

  @Test
  void cityValidation() {
    assertThatThrownBy(() -> City.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("city must not be blank: \"\"");
    assertThatThrownBy(() -> City.of("Kazan").withPopulation(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population must not be negative: -1");
    assertThatThrownBy(() -> City.of(null)).isInstanceOf(NullPointerException.class).hasMessage("city");
  }

  @Test
  void cityEquality() {
    new EqualsTester()
        .addEqualityGroup(City.of("Kazan"), City.of(" Kazan"), City.of("Kazan").withRegion(" "))
        .addEqualityGroup(City.of("Kazan", 1_300_000, "RU"), City.of("Kazan").withPopulation(1_300_000).withCountry("RU "))
        .addEqualityGroup(City.of("Kazan").withRegion("Tatarstan"))
        .addEqualityGroup(City.of("Kazan").withPopulation(0))
        .testEquals();
  }

  @Test
  void bantAnswer() {
    assertThat(BantAnswer.of(true)).isEqualTo(BantAnswer.YES);
    assertThat(BantAnswer.of(false)).isEqualTo(BantAnswer.NO);
  }

  @Test
  void bant() {
    Bant b = Bant.unknown().withBudget(BantAnswer.YES).withAuthority(BantAnswer.NO).withNeed(BantAnswer.YES)
        .withTimeline(Timeline.by(java.time.LocalDate.parse("2026-12-31")));
    assertThat(b.budget()).isEqualTo(BantAnswer.YES);
    assertThat(b.authority()).isEqualTo(BantAnswer.NO);
    assertThat(b.need()).isEqualTo(BantAnswer.YES);
    assertThat(b.timeline()).isEqualTo(Timeline.by(java.time.LocalDate.parse("2026-12-31")));
    assertThat(b).hasToString("BANT[budget=YES, authority=NO, need=YES, timeline=by 2026-12-31]");
    assertThat(Bant.unknown()).hasToString("BANT[budget=UNKNOWN, authority=UNKNOWN, need=UNKNOWN, timeline=unknown]");
    assertThatThrownBy(() -> Bant.unknown().withNeed(null)).isInstanceOf(NullPointerException.class).hasMessage("need");
    new EqualsTester()
        .addEqualityGroup(b, Bant.of(BantAnswer.YES, BantAnswer.NO, BantAnswer.YES,
            Timeline.by(java.time.LocalDate.parse("2026-12-31"))))
        .addEqualityGroup(Bant.unknown(),
            Bant.of(BantAnswer.UNKNOWN, BantAnswer.UNKNOWN, BantAnswer.UNKNOWN, Timeline.unknown()))
        .addEqualityGroup(Bant.unknown().withBudget(BantAnswer.NO))
        .addEqualityGroup(Bant.unknown().withAuthority(BantAnswer.YES))
        .addEqualityGroup(Bant.unknown().withNeed(BantAnswer.YES))
        .testEquals();
  }

  @Test
  void behaviouralEvents() {
    Instant t = Instant.parse("2026-11-20T09:00:00Z");
    assertThat(BehaviouralEvent.siteVisit(t, PageKind.PRICING)).isEqualTo(new BehaviouralEvent.SiteVisit(t, PageKind.PRICING));
    assertThat(BehaviouralEvent.contentDownload(t, "ebook").title()).isEqualTo("ebook");
    assertThat(BehaviouralEvent.emailOpen(t, true).machineGenerated()).isTrue();
    assertThat(BehaviouralEvent.eventAttended(t, "RevOps Day").eventName()).isEqualTo("RevOps Day");
    BehaviouralEvent open = BehaviouralEvent.emailOpen(t, false);
    BehaviouralEvent later = BehaviouralEvent.siteVisit(t.plusSeconds(1), PageKind.OTHER);
    assertThat(open.compareTo(later)).isNegative();
    assertThat(later.compareTo(open)).isPositive();
    assertThatThrownBy(() -> BehaviouralEvent.contentDownload(t, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank: \" \"");
    assertThatThrownBy(() -> BehaviouralEvent.eventAttended(t, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventName must not be blank: \"\"");
    assertThatThrownBy(() -> BehaviouralEvent.siteVisit(null, PageKind.PRICING)).hasMessage("at");
    assertThatThrownBy(() -> BehaviouralEvent.siteVisit(t, null)).hasMessage("pageKind");
    assertThatThrownBy(() -> BehaviouralEvent.emailOpen(null, false)).hasMessage("at");
  }
}
