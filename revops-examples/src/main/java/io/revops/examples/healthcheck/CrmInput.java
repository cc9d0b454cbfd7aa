package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Findings;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.core.batch.Finding;
import io.revops.io.CrmExports;
import io.revops.io.crm.CrmImport;
import io.revops.io.crm.CrmRecord;
import io.revops.io.crm.ImportSummary;
import io.revops.metrics.acquisition.Spend;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The health check's CRM input: an export read through a revops-io profile ({@code --crm NAME|PROFILE.json
 * FILE…}), or a dry run that says what was understood of it.
 */
final class CrmInput {
  /** What one reading gave: the health check's input and the import's own account of the files. */
  record Read(HealthInput input, ImportSummary summary, Findings findings) {}

  private CrmInput() {}

  /** Reads the export; every rejected row is kept with its file, line, column, value and rule. */
  static Read read(HealthOptions.Crm crm) throws IOException {
    requireNonNull(crm, "crm");
    Findings findings = Findings.create();
    CrmImport.Run run = CrmExports.open(crm.profile(), crm.zone(), crm.files(), findings);
    List<Lead> leads = new ArrayList<>();
    List<LeadEvent> events = new ArrayList<>();
    List<SpendRecord> spend = new ArrayList<>();
    List<MrrRecord> mrr = new ArrayList<>();
    try (Stream<CrmRecord> records = run.records()) {
      records.forEach(r -> {
        if (r instanceof CrmRecord.LeadRow l) {
          leads.add(l.lead());
          events.addAll(l.events());
        } else if (r instanceof CrmRecord.EventRow e) {
          events.addAll(e.events());
        } else if (r instanceof CrmRecord.SpendRow s) {
          spend.add(spendRecord(s.spend()));
        } else if (r instanceof CrmRecord.MrrRow m) {
          mrr.add(new MrrRecord(m.revenue().customerId().value(), m.revenue().month(), m.revenue().mrr()));
        }
      });
    }
    List<Finding> errors = List.copyOf(findings.all());
    String source = crm.profile() + " export " + crm.files().stream().map(p -> p.getFileName().toString())
        .collect(Collectors.joining(", "));
    HealthInput input = HealthInput.of(source, leads, events, spend, mrr, errors, run.summary().rowsRead());
    return new Read(input, run.summary(), findings);
  }

  /** The health check's spend record of a CRM spend row: with its channel if it has one. */
  static SpendRecord spendRecord(Spend s) {
    return new SpendRecord(s.month(), s.channel().map(c -> c.source().code()),
        s.department().name().toLowerCase(Locale.ROOT), s.channel().map(c -> c.isPaid()).orElse(false), s.amount());
  }

  /** The dry run's report: each file, column and unmapped value, then the rejected rows (first 20) by rule. */
  static String dryRun(Read read) {
    StringBuilder b = new StringBuilder(read.summary().describe());
    b.append(read.input().leads().size()).append(" leads, ").append(read.input().eventCount()).append(" events, ")
        .append(read.input().spend().size()).append(" spend and ").append(read.input().mrr().size())
        .append(" MRR records would be evaluated; ").append(read.input().rowsRejected()).append(" rows rejected\n");
    read.findings().first(20).forEach(f -> b.append("  ").append(f).append('\n'));
    if (read.findings().size() > 20) {
      b.append("  … ").append(read.findings().size() - 20).append(" more\n");
    }
    read.findings().countsByRule().forEach((rule, n) -> b.append("  ").append(n).append(" × ").append(rule).append('\n'));
    return b.toString();
  }
}
