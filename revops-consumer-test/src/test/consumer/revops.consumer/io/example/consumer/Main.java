package io.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import io.revops.sla.SlaAgreement;
import io.revops.sla.calendar.JollydayHolidays;
import io.revops.sla.calendar.RussianProductionCalendar;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/** A consumer module using revops core, metrics, sla and json (launched by ModulePathConsumerTest). */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    System.out.println("modules " + plain.getRegisteredModuleIds());
    // the revops classes come from named (automatic) modules, not the class path
    System.out.println("named " + SlaAgreement.class.getModule().getName());
    MetricResult<MonetaryAmount> cac = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);
    System.out.println("cac " + cac);
    Criterion mql = HandbookCriteria.mql();
    System.out.println("criterion " + plain.readValue(plain.writeValueAsString(mql), Criterion.class).equals(mql));
    SlaAgreement sla = SlaAgreement.handbookRussia();
    System.out.println("sla " + plain.readValue(plain.writeValueAsString(sla), SlaAgreement.class).equals(sla));
    System.out.println("ru " + RussianProductionCalendar.load().ruleFor(LocalDate.of(2026, 1, 1)));
    System.out.println("de " + JollydayHolidays.of("DE").ruleFor(LocalDate.of(2026, 10, 3)));
  }
}
