package io.revops.benchmarks;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.Amounts;
import io.revops.examples.data.MrrRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The DuckDB side: an in-memory database loaded with the same events and MRR records (through the
 * Appender, not timed), and the SQL of W1 and W3.
 *
 * <p>Tables: {@code events(lead VARCHAR, kind VARCHAR, ts TIMESTAMP, source VARCHAR)} — one row per event of
 * every history, i.e. after revops removed duplicates, so neither side spends timed work on them; {@code ts}
 * is UTC; {@code source} is set on CREATED rows only. {@code mrr(customer VARCHAR, month INTEGER,
 * amount DECIMAL(18,2), currency VARCHAR)} with {@code month = year * 12 + month - 1}.
 *
 * <p>Moscow has been UTC+3 all year since 2014, so W1 reads ISO weeks of {@code ts + INTERVAL 3 HOUR}.
 */
public final class DuckDb implements AutoCloseable {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  private final Connection connection;
  private final int defaultThreads;

  private DuckDb(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      this.defaultThreads = rs.getInt(1);
    }
  }

  /** A new in-memory database loaded with {@code data}. */
  public static DuckDb load(BenchData data) throws SQLException {
    DuckDb db = new DuckDb(DriverManager.getConnection("jdbc:duckdb:"));
    db.loadEvents(data.histories());
    db.loadMrr(data.mrr());
    return db;
  }

  /**
   * A new in-memory database loaded from a JSON Lines data folder ({@code events.jsonl[.gz]},
   * {@code mrr.jsonl[.gz]}) by DuckDB's own JSON reader, into the same two tables as {@link #load}: the way
   * DuckDB answers from files. Events keep their duplicates (W1's minima do not see them).
   */
  public static DuckDb fromJsonLines(java.nio.file.Path dir) throws SQLException {
    DuckDb db = new DuckDb(DriverManager.getConnection("jdbc:duckdb:"));
    try (Statement s = db.connection.createStatement()) {
      s.execute("""
          CREATE TABLE events AS SELECT leadId AS lead, upper(type) AS kind, CAST("at" AS TIMESTAMP) AS ts,
            CASE WHEN type = 'created' THEN source END AS source
          FROM read_ndjson('%s', columns = {type: 'VARCHAR', leadId: 'VARCHAR', "at": 'VARCHAR', source: 'VARCHAR'})
          """.formatted(file(dir, "events.jsonl")));
      s.execute("""
          CREATE TABLE mrr AS SELECT customer,
            CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1 AS month,
            CAST(mrr.amount AS DECIMAL(18, 2)) AS amount, mrr.currency AS currency
          FROM read_ndjson('%s', columns = {customer: 'VARCHAR', month: 'VARCHAR',
            mrr: 'STRUCT(amount DECIMAL(18, 2), currency VARCHAR)'})
          """.formatted(file(dir, "mrr.jsonl")));
    }
    return db;
  }

  private static String file(java.nio.file.Path dir, String name) {
    java.nio.file.Path plain = dir.resolve(name);
    return (java.nio.file.Files.isRegularFile(plain) ? plain : dir.resolve(name + ".gz")).toAbsolutePath().toString()
        .replace("'", "''");
  }

  private void loadEvents(List<LeadEventHistory> histories) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE events(lead VARCHAR, kind VARCHAR, ts TIMESTAMP, source VARCHAR)");
    }
    try (DuckDbAppender a = DuckDbAppender.of(connection, "events")) {
      for (LeadEventHistory h : histories) {
        String lead = h.leadId().value();
        for (LeadEvent e : h.events()) {
          a.beginRow().append(lead).append(e.kind().name());
          a.appendEpochMicros(e.at().getEpochSecond() * 1_000_000L + e.at().getNano() / 1_000);
          if (e instanceof LeadEvent.Created c) {
            a.append(c.source().code());
          } else {
            a.appendNull();
          }
          a.endRow();
        }
      }
    }
  }

  private void loadMrr(List<MrrRecord> records) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE mrr(customer VARCHAR, month INTEGER, amount DECIMAL(18,2), currency VARCHAR)");
    }
    try (DuckDbAppender a = DuckDbAppender.of(connection, "mrr")) {
      for (MrrRecord r : records) {
        a.beginRow().append(r.customerId()).append(r.month().getYear() * 12 + r.month().getMonthValue() - 1)
            .append(Amounts.toBigDecimal(r.mrr()).setScale(2)).append(r.mrr().getCurrency().getCurrencyCode())
            .endRow();
      }
    }
  }

  /** The number of threads DuckDB uses by default (the machine's cores). */
  public int defaultThreads() {
    return defaultThreads;
  }

  /** Sets DuckDB's worker threads. */
  public void threads(int threads) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /** The second after the latest event: the "as of" of W1 on data read from files (the health check's default). */
  public Instant endOfEvents() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT epoch(max(ts)) FROM events")) {
      rs.next();
      return Instant.ofEpochSecond(rs.getLong(1) + 1);
    }
  }

  /** The number of rows in {@code table}. */
  public long count(String table) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** W1's SQL as of {@code asOf}: the same rule as the revops evaluator. */
  static String w1Sql(Instant asOf) {
    String now = "TIMESTAMP '" + TS.format(asOf) + "'";
    return """
        WITH mql AS (
          SELECT lead, min(ts) AS mql_at FROM events WHERE kind = 'BECAME_MQL' AND ts <= %1$s GROUP BY lead),
        src AS (
          SELECT lead, arg_min(source, ts) AS source FROM events WHERE kind = 'CREATED' AND ts <= %1$s GROUP BY lead),
        contact AS (
          SELECT e.lead, min(e.ts) AS first_at FROM events e JOIN mql m ON e.lead = m.lead
          WHERE e.kind IN ('CONTACT_ATTEMPT', 'CONNECTED', 'DISCOVERY_CALL') AND e.ts >= m.mql_at AND e.ts <= %1$s
          GROUP BY e.lead)
        SELECT coalesce(s.source, '(unknown)') AS source,
               isoyear(m.mql_at + INTERVAL 3 HOUR) AS y, week(m.mql_at + INTERVAL 3 HOUR) AS w,
               CASE WHEN c.first_at IS NOT NULL THEN
                      CASE WHEN c.first_at - m.mql_at <= INTERVAL 60 MINUTE THEN 'MET' ELSE 'BREACHED' END
                    WHEN %1$s - m.mql_at > INTERVAL 60 MINUTE THEN 'BREACHED'
                    WHEN %1$s - m.mql_at >= INTERVAL 45 MINUTE THEN 'AT_RISK'
                    ELSE 'PENDING' END AS status,
               count(*) AS n
        FROM mql m LEFT JOIN src s ON s.lead = m.lead LEFT JOIN contact c ON c.lead = m.lead
        GROUP BY ALL
        """.formatted(now);
  }

  /** W1 in DuckDB: counts by source, ISO week of the MQL instant in Moscow, and status. */
  public SortedMap<String, Long> w1(Instant asOf) throws SQLException {
    SortedMap<String, Long> out = new TreeMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(w1Sql(asOf))) {
      while (rs.next()) {
        out.put(Workloads.w1Key(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)), rs.getLong(5));
      }
    }
    return out;
  }

  /** W3's SQL: month-over-month movements, NRR and GRR, USD valued at a constant rate. */
  static final String W3_SQL = """
      WITH m AS (
        SELECT customer, month,
               sum(amount * CASE currency WHEN 'USD' THEN %s ELSE 1 END) AS v
        FROM mrr GROUP BY customer, month HAVING sum(amount) > 0),
      firstpaid AS (SELECT customer, min(month) AS first FROM m GROUP BY customer),
      bounds AS (SELECT min(month) AS lo, max(month) AS hi FROM m),
      pairs AS (
        SELECT coalesce(e.customer, s.customer) AS customer, coalesce(e.month, s.month + 1) AS month,
               s.v AS sv, e.v AS ev
        FROM m s FULL OUTER JOIN m e ON e.customer = s.customer AND e.month = s.month + 1)
      SELECT p.month,
             coalesce(sum(sv), 0) AS start_mrr,
             coalesce(sum(CASE WHEN sv IS NULL AND f.first >= p.month - 1 THEN ev END), 0) AS new_mrr,
             coalesce(sum(CASE WHEN sv IS NOT NULL AND ev > sv THEN ev - sv END), 0) AS expansion,
             coalesce(sum(CASE WHEN sv IS NULL AND f.first < p.month - 1 THEN ev END), 0) AS reactivation,
             coalesce(sum(CASE WHEN sv IS NOT NULL AND ev < sv THEN sv - ev END), 0) AS contraction,
             coalesce(sum(CASE WHEN ev IS NULL THEN sv END), 0) AS churn,
             coalesce(sum(ev), 0) AS end_mrr,
             count(sv) AS at_start, count(ev) AS at_end,
             sum(CASE WHEN sv IS NOT NULL THEN coalesce(ev, 0) END) / sum(sv) AS nrr,
             sum(CASE WHEN sv IS NOT NULL THEN least(coalesce(ev, 0), sv) END) / sum(sv) AS grr
      FROM pairs p JOIN firstpaid f ON f.customer = p.customer, bounds b
      WHERE p.month > b.lo AND p.month <= b.hi
      GROUP BY p.month ORDER BY p.month
      """.formatted(Workloads.RUB_PER_USD.toPlainString());

  /** W3 in DuckDB: one row per month after the first. */
  public List<Workloads.W3Row> w3() throws SQLException {
    List<Workloads.W3Row> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(W3_SQL)) {
      while (rs.next()) {
        int m = rs.getInt(1);
        rows.add(new Workloads.W3Row(YearMonth.of(m / 12, m % 12 + 1), rs.getBigDecimal(2), rs.getBigDecimal(3),
            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
            rs.getBigDecimal(8), rs.getLong(9), rs.getLong(10), ratio(rs, 11), ratio(rs, 12)));
      }
    }
    return rows;
  }

  private static BigDecimal ratio(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : new BigDecimal(d);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
