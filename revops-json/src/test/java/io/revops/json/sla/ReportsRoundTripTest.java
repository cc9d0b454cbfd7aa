package io.revops.json.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.json.RevOpsJson;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.WhatIf;
import io.revops.sla.WhatIfSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every what-if round-trips: for random messy leads ({@link MessyLeads}) compared under each pair of its three
 * agreements, the written {@link WhatIf} reads back as a {@link WhatIfSummary} equal to {@link WhatIf#summary()},
 * which writes the same text; so do the SLA reports of both sides (the third agreement has two obligations of
 * some kinds, keyed {@code "first_contact#2"}).
 */
class ReportsRoundTripTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  @Test
  void everyWhatIfAndSlaReportReadsBack() {
    List<SlaAgreement> agreements = MessyLeads.agreements();
    int[] changes = {0};
    qt().withExamples(15).forAll(longs().all(), integers().between(0, 30), integers().between(0, 5))
        .checkAssert((seed, n, pair) -> {
          SlaAgreement base = agreements.get(pair / 2);
          SlaAgreement changed = agreements.get((pair / 2 + 1 + pair % 2) % 3);
          List<SlaInput> in = MessyLeads.inputs(seed, n);
          WhatIf w = WhatIf.compare(SlaEvaluator.of(base), changed, in, MessyLeads.AS_OF);
          try {
            String text = mapper.writeValueAsString(w);
            WhatIfSummary back = mapper.readValue(text, WhatIfSummary.class);
            assertThat(back).isEqualTo(w.summary());
            assertThat(mapper.writeValueAsString(back)).isEqualTo(text);
            // and both reports, whose agreements may hold two obligations of a kind ("first_contact#2")
            for (io.revops.sla.SlaReport r : List.of(w.base().report(), w.changed().report())) {
              assertThat(mapper.readValue(mapper.writeValueAsString(r), io.revops.sla.SlaReport.class)).isEqualTo(r);
            }
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          changes[0] += w.changes().size();
        });
    assertThat(changes[0]).as("changes seen over all examples").isPositive();
  }
}
