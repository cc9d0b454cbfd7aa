package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.money.Rate;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agreement value, its presets and the validation of obligations. */
class SlaAgreementTest {
  private final SlaAgreement handbook = SlaAgreement.handbook(BusinessCalendarFixtures.alwaysMoscow());

  @Test
  void theHandbookPresetHasTheHandbooksFigures() {
    assertThat(handbook.first(Obligation.MonthlyMqlQuota.class)).contains(Obligation.monthlyMqlQuota(125));
    assertThat(handbook.first(Obligation.FirstContactWithin.class).orElseThrow())
        .isEqualTo(new Obligation.FirstContactWithin(Duration.ofHours(1), TimeBasis.WORKING_TIME));
    assertThat(handbook.first(Obligation.AttemptsWithin.class).orElseThrow()).isEqualTo(new Obligation.AttemptsWithin(
        6, 14, DayBasis.CALENDAR, Set.of(ContactChannel.PHONE, ContactChannel.EMAIL, ContactChannel.LINKEDIN)));
    assertThat(handbook.first(Obligation.RejectionHasReason.class).orElseThrow().allowed()).hasSize(5)
        .doesNotContain(RejectionCode.OTHER, RejectionCode.NONE_GIVEN);
    assertThat(handbook.first(Obligation.StepsInOrder.class).orElseThrow().steps())
        .containsExactly(EventKind.DISCOVERY_CALL);
    assertThat(handbook.first(Obligation.RequiredFieldsComplete.class).orElseThrow().fields())
        .containsExactlyInAnyOrder(LeadField.NAME, LeadField.COMPANY, LeadField.JOB_TITLE, LeadField.PHONE,
            LeadField.EMAIL, LeadField.SOURCE);
    assertThat(handbook.atRiskShare()).isEqualTo(Rate.ofPercent(75));
    SlaAgreement first = SlaAgreement.handbookFirstChapter(BusinessCalendarFixtures.alwaysMoscow());
    assertThat(first.first(Obligation.MonthlyMqlQuota.class)).contains(Obligation.monthlyMqlQuota(1000));
    assertThat(first.first(Obligation.FirstContactWithin.class))
        .contains(Obligation.firstContactWithinElapsed(Duration.ofHours(24)));
  }

  @Test
  void repeatedKindsGetNumberedKeys() {
    SlaAgreement both = handbook.withObligations(java.util.List.of(
        Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)),
        Obligation.firstContactWithinElapsed(Duration.ofHours(24))));
    assertThat(both.obligationsByKey()).containsOnlyKeys("first-contact", "first-contact#2");
  }

  @Test
  void badParametersFailNamingTheParameterAndValue() {
    assertThatThrownBy(() -> Obligation.firstContactWithinWorkingTime(Duration.ZERO))
        .hasMessage("allowance must be positive: PT0S");
    assertThatThrownBy(() -> Obligation.attemptsWithin(0, 14, Obligation.HANDBOOK_CHANNELS))
        .hasMessage("attempts must be positive: 0");
    assertThatThrownBy(() -> Obligation.rejectionHasReason(Set.of(RejectionCode.NONE_GIVEN)))
        .hasMessageContaining("must not contain NONE_GIVEN");
    assertThatThrownBy(() -> Obligation.stepsInOrder(EventKind.WON)).hasMessageContaining("steps must be among");
    assertThatThrownBy(() -> Obligation.requiredFieldsComplete(Set.of())).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Obligation.monthlyMqlQuota(-1)).hasMessage("quota must be positive: -1");
    assertThatThrownBy(() -> handbook.withAtRiskShare(Rate.ZERO)).hasMessageContaining("atRiskShare");
    assertThatThrownBy(() -> SlaAgreement.of(" ", BusinessCalendarFixtures.alwaysMoscow()))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> SlaAgreement.of("x", BusinessCalendarFixtures.alwaysMoscow(),
        Obligation.contextPresent(1), Obligation.contextPresent(1))).hasMessageContaining("must not repeat");
    assertThatThrownBy(() -> handbook.without("nope")).hasMessageContaining("no obligation with key nope");
  }

  @Test
  void editsReturnNewValuesAndEqualityIsByValue() {
    SlaAgreement relaxed = handbook.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24)));
    assertThat(relaxed).isNotEqualTo(handbook);
    assertThat(relaxed.obligations()).hasSameSizeAs(handbook.obligations());
    assertThat(relaxed.replacing(Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)))).isEqualTo(handbook);
    assertThat(SlaAgreement.handbook(BusinessCalendarFixtures.alwaysMoscow())).isEqualTo(handbook)
        .hasSameHashCodeAs(handbook);
    assertThat(handbook.toString()).contains("SALES", "first contact within 1h of working time",
        "at least 6 attempts within 14 days over phone/email/linkedin", "at least 125 MQLs a month");
  }

  @Test
  void isoWeeksParseAndPrint() {
    assertThat(IsoWeek.parse("2026-W48")).isEqualTo(IsoWeek.of(2026, 48));
    assertThat(IsoWeek.from(java.time.LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
    assertThat(IsoWeek.of(2026, 48).firstDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
    assertThat(IsoWeek.of(2026, 53).plusWeeks(1)).isEqualTo(IsoWeek.of(2027, 1));
    assertThatThrownBy(() -> IsoWeek.of(2027, 53)).hasMessage("week of 2027 must be in [1, 52]: 53");
  }
}
