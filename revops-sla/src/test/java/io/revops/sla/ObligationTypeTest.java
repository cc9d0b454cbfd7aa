package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of obligation has one type, and the type carries its kind, party and scope. */
class ObligationTypeTest {
  @Test
  void theHandbookAgreementCoversEveryTypeOnce() {
    List<Obligation> all = SlaAgreement.handbook(WeekdayCalendar.moscow()).obligations();
    Set<Obligation.Type> seen = EnumSet.noneOf(Obligation.Type.class);
    for (Obligation o : all) {
      assertThat(seen.add(o.type())).as("%s", o).isTrue();
      assertThat(o.kind()).isEqualTo(o.type().kind());
      assertThat(o.party()).isEqualTo(o.type().party());
      assertThat(o.scope()).isEqualTo(o.type().scope());
    }
    assertThat(seen).containsExactlyInAnyOrder(Obligation.Type.values());
  }

  @Test
  void oneImplementationPerTypeAndDistinctKinds() {
    assertThat(Obligation.class.getPermittedSubclasses()).hasSize(Obligation.Type.values().length);
    assertThat(Arrays.stream(Obligation.Type.values()).map(Obligation.Type::kind).distinct())
        .hasSize(Obligation.Type.values().length);
    assertThat(Obligation.Type.MONTHLY_QUOTA.scope()).isEqualTo(Obligation.Scope.PER_MONTH);
    assertThat(Obligation.Type.WEEKLY_CONVERSION_REPORT.party()).isEqualTo(Party.JOINT);
    assertThat(Obligation.firstContactWithinElapsed(java.time.Duration.ofHours(1)).type())
        .isEqualTo(Obligation.Type.FIRST_CONTACT);
  }
}
