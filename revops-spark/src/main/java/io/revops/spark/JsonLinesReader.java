package io.revops.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.revops.core.batch.Quote;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the revops JSON Lines layout (README, "Input formats") into Datasets with Spark's own JSON source and
 * an explicit schema; each row is checked and turned into its row type on the executors. A path is a folder
 * holding {@code events.jsonl}, {@code mrr.jsonl}, {@code spend.jsonl} (each possibly gzipped, or split into
 * several files {@code events*.jsonl*}) on any file system Spark reads ({@code file:}, {@code hdfs:},
 * {@code s3a:}…).
 *
 * <p>Rows that break the schema are not dropped: {@link Read#findings()} has each with its field, value and
 * rule. Amounts are read as the decimal text of the JSON number (never a {@code double}). Each Dataset of a
 * {@link Read} checks the rows again; {@link Read#summarize} counts the rejected rows together with whatever
 * else the driver needs in one pass.
 */
public final class JsonLinesReader {
  /** The row schema of {@code events.jsonl} as Spark reads it. */
  public static final StructType EVENT_SCHEMA = StructType.fromDDL("type STRING, id STRING, leadId STRING, "
      + "at STRING, actor STRING, source STRING, fields ARRAY<STRING>, rep STRING, channel STRING, "
      + "outcome STRING, reason STRING, amount STRUCT<amount: STRING, currency: STRING>, _corrupt_record STRING");
  /** The row schema of {@code mrr.jsonl} as Spark reads it. */
  public static final StructType MRR_SCHEMA = StructType.fromDDL("customer STRING, month STRING, "
      + "mrr STRUCT<amount: STRING, currency: STRING>, _corrupt_record STRING");
  /** The row schema of {@code spend.jsonl} as Spark reads it. */
  public static final StructType SPEND_SCHEMA = StructType.fromDDL("month STRING, channel STRING, "
      + "department STRING, paid BOOLEAN, amount STRUCT<amount: STRING, currency: STRING>, "
      + "_corrupt_record STRING");
  private static final StructType REASON = StructType.fromDDL("code STRING, text STRING");

  private final SparkSession spark;

  private JsonLinesReader(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark");
  }

  /** A reader on {@code spark}. */
  public static JsonLinesReader of(SparkSession spark) {
    return new JsonLinesReader(spark);
  }

  /**
   * The rows of one file kind: the good ones and the findings about the others. Each of {@link #rows()},
   * {@link #findings()} and {@link #summarize} is a pass over the input that checks every row; when more than one
   * is needed, {@link #summarize} gathers in one pass what the driver needs (counts, the latest instant, the
   * sources…) instead of counting {@link #findings()} separately.
   */
  public static final class Read<T> {
    private final Dataset<Row> raw;
    private final Check<T> check;
    private final Encoder<T> encoder;
    private final String idColumn;

    Read(Dataset<Row> raw, Check<T> check, Encoder<T> encoder, String idColumn) {
      this.raw = raw;
      this.check = check;
      this.encoder = encoder;
      this.idColumn = idColumn;
    }

    /** The rows that make a value of their type. */
    public Dataset<T> rows() {
      Check<T> c = check;
      String id = idColumn;
      return raw.flatMap((FlatMapFunction<Row, T>) row -> {
        Object verdict = verdict(row, c, id);
        if (verdict instanceof FindingRow) {
          return Collections.emptyIterator();
        }
        T good = cast(verdict);
        return List.of(good).iterator();
      }, encoder);
    }

    /** One finding per rejected row. */
    public Dataset<FindingRow> findings() {
      Check<T> c = check;
      String id = idColumn;
      return raw.flatMap((FlatMapFunction<Row, FindingRow>) row -> {
        Object verdict = verdict(row, c, id);
        return verdict instanceof FindingRow f ? List.of(f).iterator() : Collections.emptyIterator();
      }, Encoders.bean(FindingRow.class));
    }

    /**
     * Folds every row, good or rejected, into {@code summary} in one pass: one summary per partition, merged on
     * the driver. Cost: one pass over the input; the driver holds one summary per partition.
     */
    public <S extends Serializable> S summarize(Summary<T, S> summary) {
      requireNonNull(summary, "summary");
      Check<T> c = check;
      String id = idColumn;
      @SuppressWarnings("unchecked")
      Class<S> type = (Class<S>) summary.zero().getClass();
      List<S> partials = raw.mapPartitions((MapPartitionsFunction<Row, S>) rows -> {
        S s = summary.zero();
        while (rows.hasNext()) {
          Object verdict = verdict(rows.next(), c, id);
          s = verdict instanceof FindingRow f ? summary.rejected(s, f) : summary.row(s, cast(verdict));
        }
        return List.of(s).iterator();
      }, Encoders.javaSerialization(type)).collectAsList();
      S out = summary.zero();
      for (S p : partials) {
        out = summary.merge(out, p);
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object verdict) {
      return (T) verdict;
    }
  }

  /**
   * What {@link Read#summarize} folds the rows into: a mergeable, serializable summary (one per partition).
   *
   * @param <T> the row type
   * @param <S> the summary type
   */
  public interface Summary<T, S extends Serializable> extends Serializable {
    /** An empty summary. */
    S zero();

    /** {@code s} with a good row added (may update {@code s} and return it). */
    S row(S s, T row);

    /** {@code s} with a rejected row added. */
    S rejected(S s, FindingRow finding);

    /** {@code a} with {@code b} merged in. */
    S merge(S a, S b);
  }

  /** Checks one raw row: its typed row, or the finding that rejects it. */
  private interface Check<T> extends Serializable {
    T check(Row row) throws EventRows.BadRow;
  }

  private Dataset<Row> raw(String dir, String file, StructType schema) {
    return spark.read().schema(schema).option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", "_corrupt_record")
        .json(dir.endsWith("/") ? dir + file + "*" : dir + "/" + file + "*")
        .withColumn("_file", input_file_name());
  }

  /** The typed row {@code row} makes, or the {@link FindingRow} that rejects it. */
  private static <T> Object verdict(Row row, Check<T> check, String idColumn) {
    String corrupt = row.getString(row.fieldIndex("_corrupt_record"));
    if (corrupt != null) {
      return FindingRow.of(row.getString(row.fieldIndex("_file")), "", Quote.bounded(corrupt),
          "a JSON object on one line");
    }
    try {
      return check.check(row);
    } catch (EventRows.BadRow e) {
      String file = row.getString(row.fieldIndex("_file"));
      String id = idColumn == null ? null : row.getString(row.fieldIndex(idColumn));
      return FindingRow.of(id == null ? file : file + " (id " + Quote.bounded(id) + ")", e.field(),
          Quote.bounded(e.value()), e.rule());
    }
  }

  private static <T> Read<T> checked(Dataset<Row> raw, Check<T> check, Encoder<T> encoder, String idColumn) {
    return new Read<>(raw, check, encoder, idColumn);
  }

  /** The events of {@code dir}'s {@code events.jsonl}. */
  public Read<EventRow> events(String dir) {
    Column reason = from_json(col("reason"), REASON);
    Column rejected = col("type").equalTo(lit("rejected"));
    Dataset<Row> raw = raw(dir, "events.jsonl", EVENT_SCHEMA)
        .withColumn("reasonCode", when(rejected, reason.getField("code")))
        .withColumn("reasonText", when(rejected, reason.getField("text")).otherwise(col("reason")))
        .withColumn("amountText", col("amount").getField("amount"))
        .withColumn("currencyText", col("amount").getField("currency"));
    return checked(raw, JsonLinesReader::event, LeadHistories.eventEncoder(), "id");
  }

  private static EventRow event(Row row) throws EventRows.BadRow {
    EventRow e = new EventRow();
    e.setType(row.getAs("type"));
    e.setId(row.getAs("id"));
    e.setLeadId(row.getAs("leadId"));
    e.setAt(row.getAs("at"));
    e.setActor(row.getAs("actor"));
    e.setSource(row.getAs("source"));
    List<String> fields = row.isNullAt(row.fieldIndex("fields")) ? null : row.getList(row.fieldIndex("fields"));
    e.setFields(fields == null ? null : new java.util.ArrayList<>(fields));
    e.setRep(row.getAs("rep"));
    e.setChannel(row.getAs("channel"));
    e.setOutcome(row.getAs("outcome"));
    e.setReasonCode(row.getAs("reasonCode"));
    e.setReason(row.getAs("reasonText"));
    e.setAmount(row.getAs("amountText"));
    e.setCurrency(row.getAs("currencyText"));
    if ("rejected".equals(e.getType()) && e.getReasonCode() == null) {
      throw new EventRows.BadRow("$.reason", row.getAs("reason"), "a rejection reason {\"code\": ...}");
    }
    EventRows.toEvent(e); // the check: the row must make an event
    return e;
  }

  /**
   * The lead profiles of {@code dir}'s {@code leads.jsonl}: each line as text, checked on the executor by revops'
   * own JSON reader (a lead is nested and its behaviour polymorphic: its schema is revops' core JSON, not a
   * flat row); blank lines are skipped.
   */
  public Read<LeadJsonRow> leads(String dir) {
    Dataset<Row> raw = spark.read().text(dir.endsWith("/") ? dir + "leads.jsonl*" : dir + "/leads.jsonl*")
        .filter(functions.trim(col("value")).notEqual(lit(""))).withColumn("_file", input_file_name())
        .withColumn("_corrupt_record", lit(null).cast("string"));
    return checked(raw, row -> {
      String json = row.getAs("value");
      return LeadJsonRow.of(JsonForms.lead(json).id().value(), json);
    }, Encoders.bean(LeadJsonRow.class), null);
  }

  /** The MRR records of {@code dir}'s {@code mrr.jsonl}. */
  public Read<MrrRow> mrr(String dir) {
    Dataset<Row> raw = raw(dir, "mrr.jsonl", MRR_SCHEMA);
    return checked(raw, row -> {
      Row mrr = row.getAs("mrr");
      MrrRow r = MrrRow.of(row.getAs("customer"), row.getAs("month"), mrr == null ? null : mrr.getAs("amount"),
          mrr == null ? null : mrr.getAs("currency"));
      try {
        if (r.toRecord().mrr().isNegative()) {
          throw new EventRows.BadRow("$.mrr.amount", r.getAmount(), "must not be negative");
        }
      } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
        throw new EventRows.BadRow("$", r.toString(), String.valueOf(e.getMessage()));
      }
      return r;
    }, Encoders.bean(MrrRow.class), "customer");
  }

  /** The spend records of {@code dir}'s {@code spend.jsonl}. */
  public Read<SpendRow> spend(String dir) {
    Dataset<Row> raw = raw(dir, "spend.jsonl", SPEND_SCHEMA);
    return checked(raw, row -> {
      Row amount = row.getAs("amount");
      if (row.isNullAt(row.fieldIndex("paid"))) {
        throw new EventRows.BadRow("$.paid", "", "must be true or false");
      }
      SpendRow r = SpendRow.of(row.getAs("month"), row.getAs("channel"), row.getAs("department"),
          row.getBoolean(row.fieldIndex("paid")), amount == null ? null : amount.getAs("amount"),
          amount == null ? null : amount.getAs("currency"));
      if (!"marketing".equals(r.getDepartment()) && !"sales".equals(r.getDepartment())) {
        throw new EventRows.BadRow("$.department", r.getDepartment(), "must be \"marketing\" or \"sales\"");
      }
      try {
        java.time.YearMonth.parse(String.valueOf(r.getMonth()));
        if (io.revops.core.money.Amounts.of(String.valueOf(r.getAmount()), String.valueOf(r.getCurrency()))
            .isNegative()) {
          throw new EventRows.BadRow("$.amount.amount", r.getAmount(), "must not be negative");
        }
      } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
        throw new EventRows.BadRow("$", r.toString(), String.valueOf(e.getMessage()));
      }
      return r;
    }, Encoders.bean(SpendRow.class), "channel");
  }

  @Override
  public String toString() {
    return "JsonLinesReader[" + spark.sparkContext().appName() + "]";
  }

}
