package io.revops.io.crm;

import io.revops.core.batch.Findings;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.io.profile.Profile;
import io.revops.metrics.acquisition.Spend;
import io.revops.metrics.revenue.RevenueRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Everything one import read, collected for assertions. */
final class Imported {
  final List<Lead> leads = new ArrayList<>();
  final List<LeadEvent> events = new ArrayList<>();
  final List<Spend> spend = new ArrayList<>();
  final List<RevenueRecord> mrr = new ArrayList<>();
  final Findings findings = Findings.create();
  ImportSummary summary;

  static Imported read(Profile profile, List<ExportFile> files) {
    Imported out = new Imported();
    try {
      CrmImport.Run run = CrmImport.of(profile).open(files, out.findings);
      try (Stream<CrmRecord> records = run.records()) {
        records.forEach(out::add);
      }
      out.summary = run.summary();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static ExportFile fixture(String name) {
    return ExportFile.of(name, () -> {
      InputStream in = Imported.class.getResourceAsStream("/io/revops/io/fixtures/" + name);
      if (in == null) {
        throw new IOException("no fixture " + name);
      }
      return in;
    });
  }

  static byte[] bytes(String name) {
    try (InputStream in = Imported.class.getResourceAsStream("/io/revops/io/fixtures/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(CrmRecord r) {
    if (r instanceof CrmRecord.LeadRow l) {
      leads.add(l.lead());
      events.addAll(l.events());
    } else if (r instanceof CrmRecord.EventRow e) {
      events.addAll(e.events());
    } else if (r instanceof CrmRecord.SpendRow s) {
      spend.add(s.spend());
    } else if (r instanceof CrmRecord.MrrRow m) {
      mrr.add(m.revenue());
    }
  }

  long count(EventKind kind) {
    return events.stream().filter(e -> e.kind() == kind).count();
  }

  List<Long> rejectedLines() {
    return findings.all().stream().map(f -> f.line()).distinct().sorted().toList();
  }
}
