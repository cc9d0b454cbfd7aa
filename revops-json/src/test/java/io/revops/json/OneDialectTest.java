package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.core.qualification.Criterion;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import org.junit.jupiter.api.Test;

/**
 * Every reader rejects the spellings of the old dialects (camelCase or kebab-case discriminators, amounts as
 * strings, rates as percentage strings, unknown fields) with an error that names the path and the rule.
 */
class OneDialectTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private void rejects(String json, Class<?> type, String pathAndRule) {
    assertThatThrownBy(() -> mapper.readValue(q(json), type)).as(json)
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .hasMessageContaining(pathAndRule);
  }

  private static final String CAL = "'calendar':{'type':'always','zone':'Europe/Moscow'}";

  @Test
  void agreementsRejectObligationsThatAreNotAnArray() {
    rejects("{'name':'x'," + CAL + ",'obligations':5}", SlaAgreement.class,
        "$.obligations: expected an array of obligations, got 5");
    rejects("{'name':'x'," + CAL + ",'obligations':{}}", SlaAgreement.class,
        "$.obligations: expected an array of obligations, got an object");
    rejects("{'name':'x'," + CAL + "}", SlaAgreement.class, "$.obligations: missing; expected an array of obligations");
    rejects("{'name':'x'," + CAL + ",'obligations':[],'extra':1}", SlaAgreement.class, "$.extra: unknown field \"extra\"");
    rejects("{'name':'x'," + CAL + ",'obligations':[{'type':'monthly_quota','quota':5,'allowance':'PT1H'}]}",
        SlaAgreement.class, "$.obligations[0].allowance: a monthly_quota obligation has no field \"allowance\"");
  }

  @Test
  void oldDiscriminatorsAreRejected() {
    rejects("{'type':'first-contact','allowance':'PT1H','basis':'working_time'}", Obligation.class,
        "$.type: expected an obligation type, one of \"first_contact\"");
    rejects("{'type':'visitedPageKind','pageKinds':['pricing']}", Criterion.class,
        "at $.type: expected one of [employees_at_least");
    rejects("{'type':'allOf','of':[{'type':'budget'}]}", Criterion.class, "at $.type: expected one of");
    rejects("{'type':'became-mql','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z'}", LeadEvent.class,
        "$.type: expected a lead event type, one of");
    rejects("{'type':'siteVisit','at':'2026-03-06T14:30:00Z','pageKind':'pricing'}",
        io.revops.core.lead.BehaviouralEvent.class, "$.type: expected one of \"site_visit\"");
  }

  @Test
  void enumsAreReadCaseInsensitivelyButOnlyInSnakeCase() throws Exception {
    LeadEvent e = mapper.readValue(q("{'type':'contact_attempt','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z',"
        + "'channel':'PHONE','outcome':'No_Answer'}"), LeadEvent.class);
    assertThat(mapper.writeValueAsString(e)).contains("\"channel\":\"phone\"", "\"outcome\":\"no_answer\"");
    rejects("{'type':'contact_attempt','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z','channel':'phone',"
        + "'outcome':'no-answer'}", LeadEvent.class, "$.outcome: expected one of \"no_answer\"");
  }

  @Test
  void amountsAndRatesAreNumbers() {
    rejects("{'type':'won','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z','amount':{'amount':'5','currency':'RUB'}}",
        LeadEvent.class, "$.amount.amount: expected an amount (a JSON number), got \"5\"");
    rejects("{'name':'x'," + CAL + ",'atRiskShare':'75%','obligations':[]}", SlaAgreement.class,
        "$.atRiskShare: expected a share of the allowance in [0, 1] (a JSON number), got \"75%\"");
    rejects("{'id':'L','company':{'name':'A','annualRevenue':{'amount':1e999999999,'currency':'RUB'}}}", Lead.class,
        "$.company.annualRevenue.amount: expected an amount: a number of at most 40 significant digits");
  }
}
