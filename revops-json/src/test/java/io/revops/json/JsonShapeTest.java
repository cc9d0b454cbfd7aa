package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.revops.core.flywheel.FlywheelPhase;
import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.Magnitude;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The JSON shapes documented in package-info, written exactly so. */
class JsonShapeTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private String write(Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }

  @Test
  void rateIsTheExactPercentageString() throws Exception {
    assertThat(write(Rate.ofPercent(40))).isEqualTo("\"40%\"");
    assertThat(write(Rate.ofFraction(1, 3))).isEqualTo("\"33.33333333333333333333333333333333%\"");
    assertThat(mapper.readValue("0.4", Rate.class)).isEqualTo(Rate.ofPercent(40));
    assertThat(mapper.readValue("\"0.4\"", Rate.class)).isEqualTo(Rate.ofPercent(40));
    assertThat(mapper.readValue("\"12.5 %\"", Rate.class)).isEqualTo(Rate.ofPercent(new BigDecimal("12.5")));
  }

  @Test
  void ratioIsAPlainNumber() throws Exception {
    assertThat(write(Ratio.of("3.84"))).isEqualTo("3.84");
    assertThat(write(Ratio.of("1E+3"))).isEqualTo("1000");
    assertThat(mapper.readValue("\"120%\"", Ratio.class)).isEqualTo(Ratio.of("1.2"));
  }

  @Test
  void moneyHasTheMonetaShapeAndKeepsEveryDecimal() throws Exception {
    assertThat(write(Amounts.of("1234567.10", "RUB"))).isEqualTo(q("{'amount':1234567.10,'currency':'RUB'}"));
    assertThat(write(Amounts.of("0.00000001", "USD"))).isEqualTo(q("{'amount':0.00000001,'currency':'USD'}"));
    MonetaryAmount read = mapper.readValue(q("{'amount':0.1000000000000000000000000001,'currency':'RUB'}"),
        MonetaryAmount.class);
    assertThat(Amounts.toBigDecimal(read)).isEqualByComparingTo("0.1000000000000000000000000001");
    // one dialect: an amount is a JSON number, never a string
    assertThatThrownBy(() -> mapper.readValue(q("{'amount':'500000.005','currency':'RUB'}"), MonetaryAmount.class))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$.amount: expected an amount (a JSON number), got \"500000.005\"");
  }

  @Test
  void decimalsStayExactEvenWithAPlainObjectMapper() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new RevOpsModule());
    MonetaryAmount read = plain.readValue(q("{'amount':0.1000000000000000000000000001,'currency':'RUB'}"),
        MonetaryAmount.class);
    assertThat(Amounts.toBigDecimal(read)).isEqualByComparingTo("0.1000000000000000000000000001");
  }

  @Test
  void theModuleWorksOnAPlainMapperToo() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new RevOpsModule());
    LeadEventHistory h = LeadEventHistory.builder("L-7").created(Instant.parse("2026-03-06T14:30:00Z"), "referral")
        .won(Instant.parse("2026-05-06T14:30:00Z"), "rep-2", Amounts.of("99.99", "EUR")).build();
    assertThat(plain.readValue(plain.writeValueAsString(h), LeadEventHistory.class)).isEqualTo(h);
    assertThat(plain.writeValueAsString(h)).contains(q("'at':'2026-05-06T14:30:00Z'"));
  }

  @Test
  void exchangeRates() throws Exception {
    ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.50").build();
    assertThat(write(rates)).isEqualTo(q("{'rates':[{'validFrom':'2026-01-01','from':'USD','to':'RUB','rate':80.5}]}"));
  }

  @Test
  void leadEventsCarryALowerCaseTypeDiscriminator() throws Exception {
    Instant at = Instant.parse("2026-03-06T14:30:00Z");
    LeadEventHistory h = LeadEventHistory.builder("L-1")
        .created(at, "webinar")
        .becameMql(at)
        .dataChanged(at.plusSeconds(60), LeadField.PHONE, LeadField.EMAIL)
        .contactAttempt(at.plusSeconds(120), "rep-1", ContactChannel.PHONE,
            io.revops.core.history.AttemptOutcome.NO_ANSWER)
        .rejected(at.plusSeconds(180), "rep-1", RejectionReason.of(io.revops.core.history.RejectionCode.NO_BUDGET))
        .build();
    assertThat(write(h)).isEqualTo(q("{'leadId':'L-1','events':["
        + "{'type':'created','id':'L-1/1','leadId':'L-1','at':'2026-03-06T14:30:00Z','source':'webinar'},"
        + "{'type':'became_mql','id':'L-1/2','leadId':'L-1','at':'2026-03-06T14:30:00Z'},"
        + "{'type':'data_changed','id':'L-1/3','leadId':'L-1','at':'2026-03-06T14:31:00Z','fields':['phone','email']},"
        + "{'type':'contact_attempt','id':'L-1/4','leadId':'L-1','at':'2026-03-06T14:32:00Z','actor':'rep-1',"
        + "'channel':'phone','outcome':'no_answer'},"
        + "{'type':'rejected','id':'L-1/5','leadId':'L-1','at':'2026-03-06T14:33:00Z','actor':'rep-1',"
        + "'reason':{'code':'no_budget'}}],'anomalies':[]}"));
  }

  @Test
  void wonAmountUsesTheMoneyShape() throws Exception {
    LeadEvent won = new LeadEvent.Won(EventId.of("e9"), LeadId.of("L-1"), Instant.parse("2026-04-01T09:00:00.5Z"),
        Optional.empty(), Amounts.of("2000000", "RUB"));
    assertThat(write(won)).isEqualTo(q("{'type':'won','id':'e9','leadId':'L-1','at':'2026-04-01T09:00:00.500Z',"
        + "'amount':{'amount':2000000.00,'currency':'RUB'}}"));
  }

  @Test
  void anomaliesAreWrittenButRecomputedWhenRead() throws Exception {
    LeadEventHistory h = LeadEventHistory.builder("L-1").becameMql(Instant.parse("2026-03-06T14:30:00Z")).build();
    String json = write(h);
    assertThat(json).contains(q("'anomalies':[{'kind':'missing_creation','events':[],'message':"));
    String withoutAnomalies = json.substring(0, json.indexOf(",\"anomalies\"")) + "}";
    LeadEventHistory back = mapper.readValue(withoutAnomalies, LeadEventHistory.class);
    assertThat(back).isEqualTo(h);
    assertThat(back.anomalies()).hasSize(1);
  }

  @Test
  void historyReadFromEventsInAnyOrderIsOrdered() throws Exception {
    String json = q("{'leadId':'L-1','events':["
        + "{'type':'became_mql','id':'e2','leadId':'L-1','at':'2026-03-06T15:00:00Z'},"
        + "{'type':'created','id':'e1','leadId':'L-1','at':'2026-03-06T14:00:00Z','source':'webinar'},"
        + "{'type':'became_mql','id':'e2','leadId':'L-1','at':'2026-03-06T15:00:00Z'}]}");
    LeadEventHistory h = mapper.readValue(json, LeadEventHistory.class);
    assertThat(h.events()).extracting(LeadEvent::id).containsExactly(EventId.of("e1"), EventId.of("e2"));
    assertThat(h.anomalies()).extracting(a -> a.kind().name()).containsExactly("EXACT_DUPLICATE_DROPPED");
  }

  @Test
  void leadShape() throws Exception {
    Lead lead = Lead.builder("L-1")
        .company(Company.builder("Uralmash").employees(1200).industry(Industry.MANUFACTURING)
            .annualRevenue(Amounts.of("150000000", "RUB")).build())
        .source("webinar")
        .behaviour(BehaviouralEvent.siteVisit(Instant.parse("2026-11-20T09:00:00Z"), PageKind.PRICING),
            BehaviouralEvent.emailOpen(Instant.parse("2026-11-21T09:00:00Z"), false))
        .bant(Bant.unknown().withBudget(BantAnswer.YES)
            .withTimeline(Timeline.within(Period.ofMonths(6), LocalDate.parse("2026-11-01"))))
        .build();
    assertThat(write(lead)).isEqualTo(q("{'id':'L-1','company':{'name':'Uralmash','employees':1200,"
        + "'annualRevenue':{'amount':150000000.00,'currency':'RUB'},'industry':'manufacturing'},'contact':{},"
        + "'source':'webinar','behaviour':[{'type':'site_visit','at':'2026-11-20T09:00:00Z','pageKind':'pricing'},"
        + "{'type':'email_open','at':'2026-11-21T09:00:00Z','machineGenerated':false}],"
        + "'bant':{'budget':'yes','authority':'unknown','need':'unknown','timeline':{'within':'P6M',"
        + "'statedOn':'2026-11-01'}}}"));
  }

  @Test
  void funnelSnapshotWritesCountsAndDerivedConversions() throws Exception {
    String json = write(FunnelSnapshot.of(1000, 100, 0, 0, 0));
    assertThat(json).startsWith(q("{'counts':{'visitor':1000,'lead':100,'mql':0,'sql':0,'customer':0},"));
    assertThat(json).contains(q("{'from':'mql','to':'sql','fromCount':0,'toCount':0,'status':'no_base',"
        + "'explanation':'no MQL to convert (0)'}"));
    assertThat(mapper.readValue(q("{'counts':{'VISITOR':1000,'Lead':100,'mql':0,'sql':0,'customer':0}}"),
        FunnelSnapshot.class)).isEqualTo(FunnelSnapshot.of(1000, 100, 0, 0, 0));
  }

  @Test
  void frictionShape() throws Exception {
    Friction f = Friction.of(FlywheelPhase.ENGAGE, Department.SALES, "slow first response")
        .withEvidence("MQL→SQL 12% — lowest stage conversion").withMagnitude(Magnitude.HIGH);
    assertThat(write(f)).isEqualTo(q("{'phase':'engage','department':'sales','description':'slow first response',"
        + "'evidence':'MQL→SQL 12% — lowest stage conversion','magnitude':'high'}"));
  }

  @Test
  void unknownFieldsAreRejectedAndNullMeansUnknown() throws Exception {
    Lead lead = mapper.readValue(q("{'id':'L-1','company':null,'source':null}"), Lead.class);
    assertThat(lead).isEqualTo(Lead.builder("L-1").build());
    assertThatThrownBy(() -> mapper.readValue(q("{'id':'L-1','futureField':{'x':[1,2]}}"), Lead.class))
        .isInstanceOf(JsonPathException.class).hasMessageStartingWith("$.futureField: unknown field \"futureField\"");
  }

  @Test
  void instantsAreIsoStringsEvenForPlainJavaTimeValues() throws Exception {
    assertThat(write(List.of(Instant.parse("2026-03-06T14:30:00Z")))).isEqualTo("[\"2026-03-06T14:30:00Z\"]");
    assertThat(write(Set.of(PageKind.CASE_STUDY))).isEqualTo("[\"case_study\"]");
  }

  @Test
  void everyCallGivesAnIndependentMapper() throws Exception {
    ObjectMapper a = RevOpsJson.mapper();
    ObjectMapper b = RevOpsJson.mapper();
    assertThat(a).isNotSameAs(b);
    a.enable(SerializationFeature.INDENT_OUTPUT);
    assertThat(b.writeValueAsString(Rate.ONE)).isEqualTo("\"100%\"");
    assertThat(b.isEnabled(SerializationFeature.INDENT_OUTPUT)).isFalse();
  }
}
