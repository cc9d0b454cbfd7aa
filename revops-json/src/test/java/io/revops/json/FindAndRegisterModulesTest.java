package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.sla.SlaAgreement;
import io.revops.sla.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** A consumer's plain {@code ObjectMapper} finds every revops module through {@code META-INF/services}. */
class FindAndRegisterModulesTest {
  @Test
  void aPlainMapperFindsTheModules() throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).contains("revops", "revops-qualification", "revops-sla");

    LeadEvent won = plain.readValue("{\"type\":\"won\",\"id\":\"e\",\"leadId\":\"L\",\"at\":\"2026-03-06T14:30:00Z\","
        + "\"amount\":{\"amount\":0.1000000000000000000000000001,\"currency\":\"RUB\"}}", LeadEvent.class);
    assertThat(Amounts.toBigDecimal(((LeadEvent.Won) won).amount())).isEqualByComparingTo("0.1000000000000000000000000001");
    assertThat(plain.readValue(plain.writeValueAsString(won), LeadEvent.class)).isEqualTo(won);

    Lead lead = Lead.builder("L-1").source("webinar").dataVerifiedAt(Instant.parse("2026-03-06T14:30:00Z")).build();
    assertThat(plain.readValue(plain.writeValueAsString(lead), Lead.class)).isEqualTo(lead);
    assertThat(plain.readValue(plain.writeValueAsString(HandbookCriteria.mql()), Criterion.class))
        .isEqualTo(HandbookCriteria.mql());
    SlaAgreement sla = SlaAgreement.handbook(BusinessCalendar.always(ZoneId.of("Europe/Moscow")));
    assertThat(plain.readValue(plain.writeValueAsString(sla), SlaAgreement.class)).isEqualTo(sla);
    MonetaryAmount m = Amounts.of("12.50", "RUB");
    assertThat(plain.readValue(plain.writeValueAsString(m), MonetaryAmount.class)).isEqualTo(m);
  }
}
