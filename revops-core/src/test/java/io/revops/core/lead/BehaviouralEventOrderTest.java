package io.revops.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The natural order of behavioural events is consistent with equals. */
class BehaviouralEventOrderTest {
  static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

  static final Gen<BehaviouralEvent> EVENTS = integers().between(0, 3).zip(integers().between(0, 2),
      integers().between(0, 1), (kind, second, variant) -> {
        Instant at = T.plusSeconds(second);
        return switch (kind) {
          case 0 -> BehaviouralEvent.siteVisit(at, PageKind.values()[variant % PageKind.values().length]);
          case 1 -> BehaviouralEvent.contentDownload(at, "doc " + variant);
          case 2 -> BehaviouralEvent.emailOpen(at, variant == 1);
          default -> BehaviouralEvent.eventAttended(at, "webinar " + variant);
        };
      });

  @Test
  void differentEventsAtTheSameInstantAreNotEqualInOrder() {
    BehaviouralEvent visit = BehaviouralEvent.siteVisit(T, PageKind.PRICING);
    BehaviouralEvent open = BehaviouralEvent.emailOpen(T, false);
    assertThat(visit.compareTo(open)).isNotZero();
    assertThat(new TreeSet<>(List.of(visit, open, BehaviouralEvent.emailOpen(T, false)))).hasSize(2);
  }

  @Test
  void compareToIsZeroExactlyForEqualEventsAndAntisymmetric() {
    qt().withExamples(300).forAll(EVENTS, EVENTS).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (!a.at().equals(b.at())) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.at().compareTo(b.at()) < 0 ? -1 : 1);
      }
    });
  }

  @Test
  void leadToStringShowsWhenDataWasVerified() {
    Lead lead = Lead.builder("L-1").dataVerifiedAt(T).build();
    assertThat(lead.toString()).endsWith("; data verified 2026-11-20T09:00:00Z");
    assertThat(Lead.builder("L-1").build().toString()).doesNotContain("verified");
  }
}
