package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.flywheel.FlywheelPhase;
import io.revops.core.flywheel.Force;
import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.Magnitude;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.BowtieTransition;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.EventKind;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Writing any revops value to JSON and reading it back gives an equal value. */
class JsonRoundTripPropertiesTest {
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      String json = MAPPER.writeValueAsString(value);
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("for " + value, e);
    }
  }

  private static <T> DynamicTest property(String name, Class<T> type, Function<Random, ? extends T> values) {
    return DynamicTest.dynamicTest(name, () -> qt().withExamples(100).forAll(RandomValues.gen(values))
        .check(v -> roundTrip(v, type).equals(v)));
  }

  @TestFactory
  Stream<DynamicTest> everyValueTypeRoundTrips() {
    return Stream.of(
        property("Rate", Rate.class, RandomValues::rate),
        property("Ratio", Ratio.class, RandomValues::ratio),
        property("CurrencyUnit", CurrencyUnit.class, RandomValues::currency),
        property("ExchangeRates.Entry", ExchangeRates.Entry.class, RandomValues::exchangeRate),
        property("ExchangeRates", ExchangeRates.class, RandomValues::exchangeRates),
        property("LeadId", LeadId.class, r -> LeadId.of(RandomValues.text(r))),
        property("LeadSource", LeadSource.class, r -> LeadSource.of(RandomValues.text(r))),
        property("Industry", Industry.class, r -> Industry.of(RandomValues.text(r))),
        property("City", City.class, RandomValues::city),
        property("Contact", Contact.class, RandomValues::contact),
        property("Company", Company.class, RandomValues::company),
        property("Timeline", Timeline.class, RandomValues::timeline),
        property("Bant", Bant.class, RandomValues::bant),
        property("BehaviouralEvent", BehaviouralEvent.class, RandomValues::behaviouralEvent),
        property("Lead", Lead.class, RandomValues::lead),
        property("EventId", EventId.class, r -> EventId.of(RandomValues.text(r))),
        property("Actor", Actor.class, r -> Actor.of(RandomValues.text(r))),
        property("RejectionReason", RejectionReason.class, RandomValues::rejectionReason),
        property("LeadEvent", LeadEvent.class, RandomValues::leadEvent),
        property("HistoryAnomaly", HistoryAnomaly.class, RandomValues::anomaly),
        property("LeadEventHistory", LeadEventHistory.class, RandomValues::history),
        property("FunnelSnapshot", FunnelSnapshot.class, RandomValues::funnel),
        property("StageConversion", StageConversion.class, RandomValues::stageConversion),
        property("BowtieSnapshot", BowtieSnapshot.class, RandomValues::bowtie),
        property("BowtieTransition", BowtieTransition.class, RandomValues::bowtieTransition),
        property("Force", Force.class, RandomValues::force),
        property("Friction", Friction.class, RandomValues::friction),
        property("RevenueAudit", RevenueAudit.class, RandomValues::audit));
  }

  @Test
  void moneyRoundTripsExactlyThroughTheMonetaShape() {
    qt().withExamples(300).forAll(RandomValues.gen(RandomValues::money)).check(m -> {
      MonetaryAmount back = roundTrip(m, MonetaryAmount.class);
      return back.getCurrency().equals(m.getCurrency())
          && Amounts.toBigDecimal(back).compareTo(Amounts.toBigDecimal(m)) == 0;
    });
  }

  @Test
  void eachLeadEventSubtypeReadsAsItsOwnClass() {
    qt().withExamples(200).forAll(RandomValues.gen(RandomValues::leadEvent)).check(e -> {
      @SuppressWarnings("unchecked")
      Class<LeadEvent> own = (Class<LeadEvent>) e.getClass();
      return roundTrip(e, own).equals(e);
    });
  }

  @Test
  void eachBehaviouralEventSubtypeReadsAsItsOwnClass() {
    qt().withExamples(100).forAll(RandomValues.gen(RandomValues::behaviouralEvent)).check(e -> {
      @SuppressWarnings("unchecked")
      Class<BehaviouralEvent> own = (Class<BehaviouralEvent>) e.getClass();
      return roundTrip(e, own).equals(e);
    });
  }

  @Test
  void leadEventsRoundTripAsJsonLinesOneObjectPerLine() throws IOException {
    Random r = new Random(42);
    List<LeadEvent> events = Stream.generate(() -> RandomValues.leadEvent(r)).limit(200).toList();
    StringBuilder lines = new StringBuilder();
    for (LeadEvent e : events) {
      lines.append(MAPPER.writeValueAsString(e)).append('\n');
    }
    String[] read = lines.toString().split("\n");
    assertThat(read).hasSize(events.size());
    for (int i = 0; i < read.length; i++) {
      assertThat(MAPPER.readValue(read[i], LeadEvent.class)).isEqualTo(events.get(i));
    }
  }

  @Test
  void listsOfLeadEventsRoundTrip() {
    qt().withExamples(50).forAll(RandomValues.gen(r -> Stream.generate(() -> RandomValues.leadEvent(r))
        .limit(r.nextInt(8)).toList())).check(list -> {
          try {
            String json = MAPPER.writeValueAsString(list);
            return MAPPER.readValue(json, new TypeReference<List<LeadEvent>>() {}).equals(list);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void everyEnumConstantRoundTrips() {
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(LifecycleStage.class, Department.class,
        BowtieStage.class, BowtieStage.Wing.class, StageConversion.Status.class, FlywheelPhase.class,
        Magnitude.class, BantAnswer.class, PageKind.class, AttemptOutcome.class, ContactChannel.class,
        EventKind.class, LeadField.class, RejectionCode.class, HistoryAnomaly.Kind.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        @SuppressWarnings("unchecked")
        Class<Enum<?>> t = (Class<Enum<?>>) type;
        assertThat(roundTrip(constant, t)).isSameAs(constant);
      }
    }
  }
}
