package io.revops.core.history;

import static io.revops.core.history.Events.L1;
import static io.revops.core.history.Events.created;
import static io.revops.core.history.Events.mql;
import static io.revops.core.history.Events.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** #12: one event at +100000-01-01 became the default as-of and turned every period metric into n/a. */
class PlausibleRangeTest {
  private static final Instant FAR = Instant.parse("+100000-01-01T00:00:00Z");

  @Test
  void anEventFarOutsideTheDataDoesNotMoveTheDefaultAsOf() {
    LeadEventHistory good = LeadEventHistory.of(L1, created("c", t(0)), mql("m", t(60)));
    LeadEventHistory bad = LeadEventHistory.of(LeadId.of("L-2"),
        new LeadEvent.Created(EventId.of("c2"), LeadId.of("L-2"), t(5), Optional.empty(),
            io.revops.core.lead.LeadSource.of("webinar")),
        new LeadEvent.BecameMql(EventId.of("m2"), LeadId.of("L-2"), FAR, Optional.empty()));
    PlausibleRange range = PlausibleRange.of(List.of(good, bad));
    assertThat(range.latest()).contains(t(60));
    assertThat(range.implausible()).isEqualTo(1);
    assertThat(range.events()).isEqualTo(4);
    assertThat(range.contains(FAR)).isFalse();
    assertThat(range.contains(t(60))).isTrue();

    LeadEventHistory cleaned = bad.within(range);
    assertThat(cleaned.events()).extracting(LeadEvent::id).containsExactly(EventId.of("c2"));
    assertThat(cleaned.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.IMPLAUSIBLE_TIMESTAMP);
      assertThat(a.events()).containsExactly(EventId.of("m2"));
      assertThat(a.message()).contains("+100000-01-01T00:00:00Z");
    });
    assertThat(cleaned.isSound()).isFalse();
    assertThat(good.within(range)).isSameAs(good);
    // the report of the left-out event survives a later cut
    assertThat(cleaned.asOf(t(10)).anomalies()).extracting(HistoryAnomaly::kind)
        .contains(HistoryAnomaly.Kind.IMPLAUSIBLE_TIMESTAMP);
  }

  @Test
  void theRangeResistsUpToHalfTheEventsBeingWrongAndIgnoresTheirOrder() {
    List<Instant> instants = new ArrayList<>();
    Random random = new Random(12);
    for (int i = 0; i < 60; i++) {
      instants.add(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(400 * 86_400)));
    }
    for (int i = 0; i < 25; i++) {
      instants.add(i % 2 == 0 ? FAR : Instant.EPOCH.minusSeconds(86_400L * 365 * 3000));
    }
    PlausibleRange range = PlausibleRange.ofInstants(instants);
    assertThat(range.implausible()).isEqualTo(25);
    assertThat(range.latest().orElseThrow()).isBefore(Instant.parse("2026-03-01T00:00:00Z"));
    Collections.shuffle(instants, random);
    assertThat(PlausibleRange.ofInstants(instants)).isEqualTo(range);
    PlausibleRange.Builder a = PlausibleRange.builder();
    PlausibleRange.Builder b = PlausibleRange.builder();
    for (int i = 0; i < instants.size(); i++) {
      (i % 3 == 0 ? a : b).add(instants.get(i));
    }
    assertThat(b.merge(a).build()).isEqualTo(range);
  }

  @Test
  void aShortPilotStillAdmitsDecadesAroundItAndNoEventsAdmitEverything() {
    PlausibleRange pilot = PlausibleRange.ofInstants(List.of(t(0), t(10), t(20)));
    assertThat(pilot.contains(Instant.parse("2010-01-01T00:00:00Z"))).isTrue();
    assertThat(pilot.contains(Instant.parse("1970-01-01T00:00:00Z"))).isFalse();
    assertThat(pilot.toString()).contains("0 of 3 events outside");
    PlausibleRange none = PlausibleRange.ofInstants(List.of());
    assertThat(none.latest()).isEmpty();
    assertThat(none.contains(Instant.MAX)).isTrue();
  }

  @Test
  void daysTalliedByTheCallerGiveTheRangeOfTheirInstants() {
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      instants.add(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(37_123L * i));
    }
    instants.add(FAR);
    PlausibleRange range = PlausibleRange.ofInstants(instants);
    java.util.Map<Long, List<Instant>> byDay = new java.util.TreeMap<>();
    instants.forEach(at -> byDay.computeIfAbsent(Math.floorDiv(at.getEpochSecond(), 86_400L), d -> new ArrayList<>())
        .add(at));
    PlausibleRange.Builder tallied = PlausibleRange.builder();
    byDay.values().forEach(day -> tallied.addDay(day.stream().max(Instant::compareTo).orElseThrow(), day.size()));
    assertThat(tallied.build()).isEqualTo(range);
    assertThat(range.implausible()).isEqualTo(1);
    assertThatThrownBy(() -> PlausibleRange.builder().addDay(FAR, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events").hasMessageContaining("0");
  }

  @Test
  void aBuilderShippedBySerializationBuildsTheSameRangeAndATamperedOneIsRefused() throws Exception {
    PlausibleRange.Builder b = PlausibleRange.builder();
    for (int d = 0; d < 40; d++) {
      b.add(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86_400L * d + d));
    }
    b.add(Instant.parse("+100000-01-01T00:00:00Z"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(b);
    }
    PlausibleRange.Builder back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (PlausibleRange.Builder) in.readObject();
    }
    assertThat(back.build()).isEqualTo(b.build());
    assertThat(back.build().implausible()).isEqualTo(1);

    // the events count is the last long written: change it and the builder no longer adds up
    byte[] tampered = bytes.toByteArray();
    int at = indexOfLong(tampered, 41L);
    assertThat(at).isPositive();
    tampered[at + 7] = 42;
    assertThatThrownBy(() -> {
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(tampered))) {
        in.readObject();
      }
    }).isInstanceOf(java.io.InvalidObjectException.class).hasMessageContaining("add up");
  }

  private static int indexOfLong(byte[] bytes, long value) {
    outer:
    for (int i = 0; i + 8 <= bytes.length; i++) {
      for (int k = 0; k < 8; k++) {
        if (bytes[i + k] != (byte) (value >>> (56 - 8 * k))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
