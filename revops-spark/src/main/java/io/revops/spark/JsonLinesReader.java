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
 * rule. Amounts are read as the decimal text of the JSON number (never a {@code double}). Both Datasets of a
 * {@link Read} check the rows; {@code cache()} the input when both are used on a large input.
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

  /** The rows of one file kind: the good ones and the findings about the others. */
  public static final class Read<T> {
    private final Dataset<T> rows;
    private final Dataset<FindingRow> findings;

    Read(Dataset<T> rows, Dataset<FindingRow> findings) {
      this.rows = rows;
      this.findings = findings;
    }

    /** The rows that make a value of their type. */
    public Dataset<T> rows() {
      return rows;
    }

    /** One finding per rejected row. */
    public Dataset<FindingRow> findings() {
      return findings;
    }
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

  private static <T> Read<T> checked(Dataset<Row> raw, Check<T> check, Encoder<T> encoder, String idColumn) {
    FlatMapFunction<Row, T> good = row -> {
      if (!row.isNullAt(row.fieldIndex("_corrupt_record"))) {
        return Collections.emptyIterator();
      }
      try {
        return List.of(check.check(row)).iterator();
      } catch (EventRows.BadRow e) {
        return Collections.emptyIterator();
      }
    };
    FlatMapFunction<Row, FindingRow> bad = row -> {
      String file = row.getString(row.fieldIndex("_file"));
      String corrupt = row.getString(row.fieldIndex("_corrupt_record"));
      if (corrupt != null) {
        return List.of(FindingRow.of(file, "", Quote.bounded(corrupt), "a JSON object on one line")).iterator();
      }
      try {
        check.check(row);
        return Collections.emptyIterator();
      } catch (EventRows.BadRow e) {
        String id = idColumn == null ? null : row.getString(row.fieldIndex(idColumn));
        return List.of(FindingRow.of(id == null ? file : file + " (id " + Quote.bounded(id) + ")", e.field(),
            Quote.bounded(e.value()), e.rule())).iterator();
      }
    };
    return new Read<>(raw.flatMap(good, encoder), raw.flatMap(bad, Encoders.bean(FindingRow.class)));
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
