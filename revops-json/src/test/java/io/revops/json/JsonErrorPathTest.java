package io.revops.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invalid JSON fails with a message naming the JSON path and what was expected. */
class JsonErrorPathTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static final String CREATED = "{'type':'created','id':'e1','leadId':'L-1','at':'2026-03-06T14:30:00Z','source':'webinar'}";
  private static final String MQL = "{'type':'became_mql','id':'e2','leadId':'L-1','at':'2026-03-06T14:31:00Z'}";

  private void fails(String json, Class<?> type, String path, String... expected) {
    assertThatThrownBy(() -> mapper.readValue(q(json), type))
        .isInstanceOf(JsonPathException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContainingAll(expected)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((JsonPathException) e).path()).isEqualTo(path));
  }

  @Nested
  class BadInstant {
    @Test
    void inTheFourthEventOfAHistoryNamesTheEventIndex() {
      String events = CREATED + "," + MQL + "," + MQL.replace("e2", "e3") + ","
          + "{'type':'assigned','id':'e4','leadId':'L-1','at':'yesterday','rep':'rep-1'}";
      fails("{'leadId':'L-1','events':[" + events + "]}", LeadEventHistory.class, "$.events[3].at",
          "expected an ISO-8601 instant", "\"yesterday\"");
    }

    @Test
    void asANumberIsRejected() {
      fails("{'type':'became_mql','id':'e2','leadId':'L-1','at':1772807400}", LeadEvent.class, "$.at",
          "expected an ISO-8601 instant", "1772807400");
    }

    @Test
    void withoutAZoneIsRejected() {
      fails("{'id':'L-1','dataVerifiedAt':'2026-03-06T14:30:00'}", Lead.class, "$.dataVerifiedAt",
          "expected an ISO-8601 instant");
    }
  }

  @Test
  void theExceptionSeparatesPathAndProblem() {
    assertThatThrownBy(() -> mapper.readValue(q("{'type':'became_mql','id':'e2','leadId':'L-1','at':'noon'}"),
        LeadEvent.class))
        .isInstanceOfSatisfying(JsonPathException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo("$.at");
          org.assertj.core.api.Assertions.assertThat(e.problem())
              .isEqualTo("expected an ISO-8601 instant such as \"2026-03-06T14:30:00Z\", got \"noon\"");
          org.assertj.core.api.Assertions.assertThat(e.getLocation()).isNotNull();
        });
  }

  @Nested
  class MissingField {
    @Test
    void eventWithoutAt() {
      fails("{'type':'became_mql','id':'e2','leadId':'L-1'}", LeadEvent.class, "$.at",
          "missing; expected an ISO-8601 instant");
    }

    @Test
    void eventWithoutType() {
      fails("{'id':'e2','leadId':'L-1','at':'2026-03-06T14:31:00Z'}", LeadEvent.class, "$.type",
          "missing; expected a lead event type", "\"became_mql\"");
    }

    @Test
    void createdWithoutSource() {
      fails("{'type':'created','id':'e1','leadId':'L-1','at':'2026-03-06T14:30:00Z'}", LeadEvent.class,
          "$.source", "missing; expected a lead source");
    }

    @Test
    void funnelWithoutARequiredStageNamesTheStage() {
      fails("{'counts':{'visitor':100,'lead':10,'mql':5,'customer':1}}", FunnelSnapshot.class, "$.counts",
          "count of SQL is missing");
    }

    @Test
    void leadWithoutId() {
      fails("{'source':'webinar'}", Lead.class, "$.id", "missing; expected a lead id");
    }

    @Test
    void moneyWithoutCurrency() {
      fails("{'amount':10}", MonetaryAmount.class, "$.currency", "missing; expected an ISO 4217 currency code");
    }
  }

  @Nested
  class WrongType {
    @Test
    void countAsAString() {
      fails("{'counts':{'visitor':100,'lead':10,'mql':'many','sql':2,'customer':1}}", FunnelSnapshot.class,
          "$.counts.mql", "expected a count", "\"many\"");
    }

    @Test
    void eventsAsAnObject() {
      fails("{'leadId':'L-1','events':{}}", LeadEventHistory.class, "$.events", "expected an array of lead events");
    }

    @Test
    void unknownEventType() {
      fails("{'type':'became_sql','id':'e2','leadId':'L-1','at':'2026-03-06T14:31:00Z'}", LeadEvent.class,
          "$.type", "expected a lead event type", "\"accepted_as_sql\"", "\"became_sql\"");
    }

    @Test
    void unknownEnumConstantListsTheAllowedOnes() {
      fails("{'type':'contact_attempt','id':'e','leadId':'L','at':'2026-03-06T14:31:00Z','channel':'fax',"
          + "'outcome':'sent'}", LeadEvent.class, "$.channel", "\"phone\", \"email\", \"linkedin\", \"other\"",
          "\"fax\"");
    }

    @Test
    void unknownFunnelStageKey() {
      fails("{'counts':{'visitor':100,'lead':10,'mql':5,'sql':2,'customer':1,'prospect':3}}", FunnelSnapshot.class,
          "$.counts.prospect", "unknown key \"prospect\"", "\"opportunity\"");
    }

    @Test
    void rateAsABoolean() {
      fails("true", Rate.class, "$", "expected a rate");
    }

    @Test
    void amountAsText() {
      fails("{'amount':'ten','currency':'RUB'}", MonetaryAmount.class, "$.amount", "expected an amount",
          "\"ten\"");
    }
  }

  @Nested
  class FactoryValidation {
    @Test
    void negativeWonAmountNamesThePathAndTheRule() {
      String won = "{'type':'won','id':'e3','leadId':'L-1','at':'2026-03-07T10:00:00Z','amount':{'amount':-5,"
          + "'currency':'RUB'}}";
      fails("{'leadId':'L-1','events':[" + CREATED + "," + won + "]}", LeadEventHistory.class,
          "$.events[1].amount.amount", "amount must not be negative", "-5");
    }

    @Test
    void negativeCompanyRevenue() {
      fails("{'id':'L-1','company':{'name':'Uralmash','annualRevenue':{'amount':-1.50,'currency':'RUB'}}}",
          Lead.class, "$.company.annualRevenue.amount", "must not be negative");
    }

    @Test
    void negativeCount() {
      fails("{'counts':{'visitor':-100,'lead':10,'mql':5,'sql':2,'customer':1}}", FunnelSnapshot.class,
          "$.counts.visitor", "not negative", "-100");
    }

    @Test
    void blankLeadId() {
      fails("{'id':'  '}", Lead.class, "$.id", "invalid value", "leadId must not be blank");
    }

    @Test
    void unknownCurrency() {
      fails("{'type':'won','id':'e3','leadId':'L-1','at':'2026-03-07T10:00:00Z','amount':{'amount':5,"
          + "'currency':'XYZ'}}", LeadEvent.class, "$.amount.currency", "currencyCode must be an ISO 4217 code: XYZ");
    }

    @Test
    void rateAboveOneHundredPercent() {
      fails("'140%'", Rate.class, "$", "percent must be in [0, 100]: 140");
    }

    @Test
    void exchangeRateBetweenTheSameCurrency() {
      fails("{'rates':[{'validFrom':'2026-01-01','from':'RUB','to':'RUB','rate':1}]}", ExchangeRates.class,
          "$.rates[0]", "between two currencies");
    }

    @Test
    void otherRejectionWithoutText() {
      fails("{'type':'rejected','id':'e','leadId':'L','at':'2026-03-06T14:31:00Z','reason':{'code':'other'}}",
          LeadEvent.class, "$.reason.text", "missing");
    }

    @Test
    void textOnAListedRejectionReason() {
      fails("{'type':'rejected','id':'e','leadId':'L','at':'2026-03-06T14:31:00Z','reason':{'code':'no_budget',"
          + "'text':'x'}}", LeadEvent.class, "$.reason.text", "only allowed with code \"other\"");
    }

    @Test
    void emptyDataChangedFields() {
      fails("{'type':'data_changed','id':'e','leadId':'L','at':'2026-03-06T14:31:00Z','fields':[]}",
          LeadEvent.class, "$.fields", "at least one changed field");
    }

    @Test
    void blankFrictionDescription() {
      fails("{'frictions':[{'phase':'engage','department':'sales','description':' '}]}", RevenueAudit.class,
          "$.frictions[0]", "description must not be blank");
    }

    @Test
    void bowtieWithoutAStage() {
      fails("{'volumes':{'attraction':1,'conversion':1,'deal':1,'retention':1,'expansion':1}}",
          BowtieSnapshot.class, "$.volumes", "volume of ADVOCACY is missing");
    }
  }

  @Nested
  class PathsInsideOtherStructures {
    @Test
    void anElementOfATopLevelList() {
      assertThatThrownBy(() -> mapper.readValue(q("[" + CREATED + ",{'type':'became_mql','id':'e2','leadId':'L-1',"
          + "'at':'soon'}]"), new TypeReference<List<LeadEvent>>() {}))
          .isInstanceOf(JsonMappingException.class)
          .hasMessageStartingWith("$[1].at: expected an ISO-8601 instant");
    }

    @Test
    void aValueOfAMapInsideAnArray() {
      assertThatThrownBy(() -> mapper.readValue(q("{'batch':[{'first':" + CREATED + "},{'second':" + MQL.replace(
          "became_mql", "nonsense") + "}]}"), new TypeReference<Map<String, List<Map<String, LeadEvent>>>>() {}))
          .isInstanceOf(JsonMappingException.class)
          .hasMessageStartingWith("$.batch[1].second.type: expected a lead event type");
    }

    @Test
    void aFieldNameThatIsNotAnIdentifierIsQuoted() {
      assertThatThrownBy(() -> mapper.readValue(q("{'lead 1':{'id':''}}"), new TypeReference<Map<String, Lead>>() {}))
          .hasMessageStartingWith("$['lead 1'].id: invalid value");
    }
  }
}
