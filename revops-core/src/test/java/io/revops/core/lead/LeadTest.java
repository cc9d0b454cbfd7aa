package io.revops.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadTest {
  static final Instant T1 = Instant.parse("2026-11-20T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-11-21T09:00:00Z");
  static final Instant T3 = Instant.parse("2026-11-22T09:00:00Z");

  static Lead.Builder anna() {
    return Lead.builder(LeadId.of("L-1"))
        .company(Company.builder("Uralmash").employees(1200).industry(Industry.MANUFACTURING).build())
        .contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
        .source(LeadSource.of("webinar"));
  }

  @Test
  void builderSetsEveryField() {
    Lead lead = anna().bant(Bant.unknown().withNeed(BantAnswer.YES)).dataVerifiedAt(T3).build();
    assertThat(lead.id()).isEqualTo(LeadId.of("L-1"));
    assertThat(lead.company()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Uralmash"));
    assertThat(lead.contact().name()).contains("Anna Petrova");
    assertThat(lead.source()).contains(LeadSource.of("webinar"));
    assertThat(lead.bant().need()).isEqualTo(BantAnswer.YES);
    assertThat(lead.dataVerifiedAt()).contains(T3);
  }

  @Test
  void unsetFieldsAreUnknown() {
    Lead lead = Lead.builder("L-2").build();
    assertThat(lead.company()).isEmpty();
    assertThat(lead.contact()).isEqualTo(Contact.unknown());
    assertThat(lead.source()).isEmpty();
    assertThat(lead.behaviour()).isEmpty();
    assertThat(lead.bant()).isEqualTo(Bant.unknown());
    assertThat(lead.dataVerifiedAt()).isEmpty();
    assertThat(lead).hasToString("Lead L-2: company unknown; ? (?, no phone, no email); source=?; 0 behavioural events; "
        + "BANT[budget=UNKNOWN, authority=UNKNOWN, need=UNKNOWN, timeline=unknown]");
  }

  @Test
  void behaviourIsOrderedByTime() {
    BehaviouralEvent late = BehaviouralEvent.siteVisit(T3, PageKind.PRICING);
    BehaviouralEvent early = BehaviouralEvent.emailOpen(T1, false);
    BehaviouralEvent middle = BehaviouralEvent.contentDownload(T2, "case study");
    Lead lead = anna().behaviour(late, early).behaviour(List.of(middle)).build();
    assertThat(lead.behaviour()).containsExactly(early, middle, late);
    assertThat(lead.behaviour(BehaviouralEvent.SiteVisit.class)).containsExactly((BehaviouralEvent.SiteVisit) late);
    assertThatThrownBy(() -> lead.behaviour().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leadsWithTheSameBehaviourAreEqualWhateverTheOrderItWasAdded() {
    BehaviouralEvent visit = BehaviouralEvent.siteVisit(T1, PageKind.PRICING);
    BehaviouralEvent open = BehaviouralEvent.emailOpen(T1, false);
    BehaviouralEvent download = BehaviouralEvent.contentDownload(T1, "price list");
    Lead a = anna().behaviour(visit, open, download).build();
    Lead b = anna().behaviour(download, open, visit).build();
    assertThat(a).isEqualTo(b);
    assertThat(a.behaviour()).isEqualTo(b.behaviour());
  }

  @Test
  void toBuilderCopiesAndDoesNotShareState() {
    Lead lead = anna().behaviour(BehaviouralEvent.emailOpen(T1, false)).dataVerifiedAt(T2).build();
    assertThat(lead.toBuilder().build()).isEqualTo(lead);
    Lead more = lead.toBuilder().behaviour(BehaviouralEvent.emailOpen(T2, true)).build();
    assertThat(more.behaviour()).hasSize(2);
    assertThat(lead.behaviour()).hasSize(1);
  }

  @Test
  void toStringSummarises() {
    assertThat(anna().behaviour(BehaviouralEvent.emailOpen(T1, false)).build()).hasToString(
        "Lead L-1: Uralmash [employees=1 200, revenue=?, industry=manufacturing, city=?];"
            + " Anna Petrova (CFO, +7 900 000-00-00, anna@uralmash.example); source=webinar; 1 behavioural events;"
            + " BANT[budget=UNKNOWN, authority=UNKNOWN, need=UNKNOWN, timeline=unknown]");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Lead.builder((LeadId) null)).isInstanceOf(NullPointerException.class).hasMessage("leadId");
    assertThatThrownBy(() -> Lead.builder("L").contact(null)).hasMessage("contact");
    assertThatThrownBy(() -> Lead.builder("L").company(null)).hasMessage("company");
    assertThatThrownBy(() -> Lead.builder("L").bant(null)).hasMessage("bant");
    assertThatThrownBy(() -> Lead.builder("L").dataVerifiedAt(null)).hasMessage("dataVerifiedAt");
    assertThatThrownBy(() -> Lead.builder("L").behaviour((BehaviouralEvent) null)).hasMessage("behaviour");
    assertThatThrownBy(() -> Lead.builder(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leadId must not be blank: \" \"");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(anna().build(), anna().build(), Lead.builder("L-1").company(anna().build().company().get())
            .contact(anna().build().contact()).source("webinar").build())
        .addEqualityGroup(Lead.builder("L-1").build())
        .addEqualityGroup(anna().source("ads").build())
        .addEqualityGroup(anna().behaviour(BehaviouralEvent.emailOpen(T1, true)).build())
        .addEqualityGroup(anna().bant(Bant.unknown().withBudget(BantAnswer.YES)).build())
        .addEqualityGroup(anna().dataVerifiedAt(T1).build())
        .addEqualityGroup(anna().contact(Contact.unknown()).build())
        .testEquals();
  }
}
