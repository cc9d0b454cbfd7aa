package io.revops.spark;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.io.crm.CrmImport;
import io.revops.io.crm.CrmRecord;
import io.revops.io.crm.ExportFile;
import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads CRM exports (amoCRM, Bitrix24, HubSpot, Salesforce or a profile document: revops-io's
 * {@link CrmImport}) into the same Datasets as {@link JsonLinesReader}: events, lead profiles, MRR and spend
 * rows, and a finding for every rejected row, with its file and line. So {@link LeadHistories} and
 * {@link RevOpsAggregators} run on a CRM's own export exactly as on the JSON Lines layout.
 *
 * <pre>{@code
 * CrmDatasets.Read crm = CrmDatasets.of(spark).read(List.of(
 *     CrmDatasets.Export.of("amocrm", Optional.empty(), List.of("hdfs:///exports/amocrm_deals.csv"))));
 * crm.cache();
 * Dataset<LeadRow> leads = LeadHistories.group(crm.events(), crm.leads());
 * long rejected = crm.findings().count();
 * }</pre>
 *
 * <p>A CRM export is a set of files that belong together (leads before their activities, a header that
 * decides the layout, an encoding found from the bytes), so each export is read whole by one task, as the
 * single-JVM import reads it: exports are read in parallel, the rows of one export are not. The files are
 * opened with Hadoop's file systems on the executor ({@code file:}, {@code hdfs:}, {@code s3a:}… with the
 * session's Hadoop configuration); the profile is resolved on the driver and shipped as its JSON document.
 *
 * <p>Cost: each of the Datasets re-reads the exports unless {@link Read#cache()} is called first; a task holds
 * one record of its export at a time (and what revops-io's import keeps: the ids of the leads read). This
 * class is immutable.
 */
public final class CrmDatasets {
  private final SparkSession spark;

  private CrmDatasets(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark");
  }

  /** A reader on {@code spark}. */
  public static CrmDatasets of(SparkSession spark) {
    return new CrmDatasets(spark);
  }

  /** One export: the profile it was written in, the zone of its local timestamps, and its files. */
  public static final class Export implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String profileSource;
    private final String profileJson;
    private final String zone;
    private final List<String> files;

    private Export(String profileSource, String profileJson, String zone, List<String> files) {
      this.profileSource = profileSource;
      this.profileJson = profileJson;
      this.zone = zone;
      this.files = List.copyOf(files);
    }

    /**
     * The export of {@code files} (Hadoop paths or URIs) through {@code profile}: a built-in name
     * ({@link Profiles#BUILT_IN}) or a profile document on the driver's file system, read and checked now;
     * local timestamps in {@code zone} if given (else the profile's zone).
     *
     * @throws IOException if the profile document cannot be read
     * @throws IllegalArgumentException if the profile is unknown or breaks a rule, or {@code files} is empty
     */
    public static Export of(String profile, Optional<ZoneId> zone, List<String> files) throws IOException {
      requireNonNull(profile, "profile");
      requireNonNull(zone, "zone");
      requireNonNull(files, "files");
      if (files.isEmpty()) {
        throw new IllegalArgumentException("files must name at least one file of the export");
      }
      files.forEach(f -> requireNonNull(f, "file"));
      String json = Profiles.BUILT_IN.contains(profile) ? Profiles.builtInText(profile)
          : Files.readString(Path.of(profile), StandardCharsets.UTF_8);
      Profiles.parse(json, profile); // checked on the driver, before any task
      return new Export(profile, json, zone.map(ZoneId::getId).orElse(null), files);
    }

    /** The files, as given. */
    public List<String> files() {
      return files;
    }

    Profile profile() {
      Profile p = Profiles.parse(profileJson, profileSource);
      return zone == null ? p : p.withZone(ZoneId.of(zone));
    }

    @Override
    public String toString() {
      return "Export[" + profileSource + (zone == null ? "" : " in " + zone) + ": " + files + "]";
    }
  }

  /** The rows of some exports, by kind. */
  public static final class Read {
    private final Dataset<CrmRow> rows;

    private Read(Dataset<CrmRow> rows) {
      this.rows = rows;
    }

    /** Every row, of every kind. */
    public Dataset<CrmRow> rows() {
      return rows;
    }

    /** Keeps the rows (memory, then disk) so that the Datasets by kind read the exports once; returns this. */
    public Read cache() {
      rows.persist(StorageLevel.MEMORY_AND_DISK());
      return this;
    }

    /** The events (each lead's creation, stage changes, activities, outcomes). */
    public Dataset<EventRow> events() {
      return part(CrmRow.EVENT, CrmRow::getEvent, LeadHistories.eventEncoder());
    }

    /** The leads' profiles. */
    public Dataset<LeadJsonRow> leads() {
      return part(CrmRow.LEAD, CrmRow::getLead, Encoders.bean(LeadJsonRow.class));
    }

    /** The MRR records. */
    public Dataset<MrrRow> mrr() {
      return part(CrmRow.MRR, CrmRow::getMrr, Encoders.bean(MrrRow.class));
    }

    /** The spend records. */
    public Dataset<SpendRow> spend() {
      return part(CrmRow.SPEND, CrmRow::getSpend, Encoders.bean(SpendRow.class));
    }

    /** One finding per rejected row (or file), with its file and line. */
    public Dataset<FindingRow> findings() {
      return part(CrmRow.FINDING, CrmRow::getFinding, Encoders.bean(FindingRow.class));
    }

    private <T> Dataset<T> part(String kind, MapFunction<CrmRow, T> get, Encoder<T> encoder) {
      return rows.filter((FilterFunction<CrmRow>) r -> kind.equals(r.getKind())).map(get, encoder);
    }
  }

  /** Reads {@code exports}, each by one task. */
  public Read read(List<Export> exports) {
    requireNonNull(exports, "exports");
    exports.forEach(e -> requireNonNull(e, "export"));
    Map<String, String> hadoop = new HashMap<>();
    for (Map.Entry<String, String> e : spark.sparkContext().hadoopConfiguration()) {
      hadoop.put(e.getKey(), e.getValue());
    }
    Dataset<Export> tasks = spark.createDataset(exports, Encoders.javaSerialization(Export.class))
        .repartition(Math.max(1, exports.size()));
    return new Read(tasks.flatMap((FlatMapFunction<Export, CrmRow>) export -> rowsOf(export, hadoop),
        Encoders.bean(CrmRow.class)));
  }

  private static Iterator<CrmRow> rowsOf(Export export, Map<String, String> hadoop) throws IOException {
    Configuration conf = new Configuration(false);
    hadoop.forEach(conf::set);
    List<ExportFile> files = new ArrayList<>();
    for (String f : export.files()) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f);
      FileSystem fs = path.getFileSystem(conf);
      files.add(ExportFile.of(path.getName(), () -> fs.open(path)));
    }
    ArrayDeque<CrmRow> pending = new ArrayDeque<>();
    CrmImport.Run run = CrmImport.of(export.profile()).open(files, (Finding f) -> pending.add(
        CrmRow.of(FindingRow.of(f))));
    Stream<CrmRecord> records = run.records();
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskContext t) -> records.close());
    }
    Iterator<CrmRecord> it = records.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && it.hasNext()) {
          add(it.next(), pending);
        }
        if (pending.isEmpty()) {
          records.close();
          return false;
        }
        return true;
      }

      @Override
      public CrmRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  private static void add(CrmRecord record, ArrayDeque<CrmRow> out) {
    if (record instanceof CrmRecord.LeadRow l) {
      out.add(CrmRow.of(LeadJsonRow.of(l.lead().id().value(), JsonForms.toJson(l.lead()))));
      events(l.events(), out);
    } else if (record instanceof CrmRecord.EventRow e) {
      events(e.events(), out);
    } else if (record instanceof CrmRecord.MrrRow m) {
      out.add(CrmRow.of(MrrRow.of(m.revenue())));
    } else if (record instanceof CrmRecord.SpendRow s) {
      out.add(CrmRow.of(SpendRow.of(s.spend())));
    } else {
      throw new IllegalStateException("a CrmRecord of an unknown kind: " + record.getClass().getName());
    }
  }

  private static void events(List<LeadEvent> events, ArrayDeque<CrmRow> out) {
    for (LeadEvent e : events) {
      out.add(CrmRow.of(EventRows.toRow(e)));
    }
  }

  @Override
  public String toString() {
    return "CrmDatasets[" + spark.sparkContext().appName() + "]";
  }
}
