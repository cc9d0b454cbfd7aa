package io.revops.benchmarks;

import io.revops.core.batch.Findings;
import io.revops.core.history.LeadEvent;
import io.revops.core.money.Amounts;
import io.revops.io.crm.CrmImport;
import io.revops.io.crm.CrmRecord;
import io.revops.io.crm.ExportFile;
import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing an amoCRM-layout deals export (UTF-8 with BOM, comma, {@code dd.MM.yyyy HH:mm:ss}, decimal comma,
 * quoted names) of {@code rows} deals: revops-io's built-in {@code amocrm} profile (charset and delimiter
 * detected, every row a lead with its creation and won/lost event, amounts as {@code MonetaryAmount}) side by
 * side with DuckDB's {@code read_csv} of the same file parsing the same columns (ID, budget as a decimal,
 * both timestamps, the stage) and aggregating them. The file is written once per trial, not timed.
 * Run: {@code java -cp ... org.openjdk.jmh.Main CrmImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null"})
public class CrmImportBenchmark {
  /** The number of deals in the file. */
  @Param("1000000")
  public int rows;

  /**
   * The order of the deals' ids: {@code sorted} (ascending, as amoCRM's list sorted by ID exports them: the
   * import's pre-pass then keeps no id) or {@code shuffled} (a permutation: the pre-pass keeps every id).
   */
  @Param("sorted")
  public String order = "sorted";

  Path dir;
  Path file;
  Profile amocrm;
  Connection duck;

  /** Writes the export. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    dir = Files.createTempDirectory("revops-crm-bench");
    file = dir.resolve("amocrm_export_leads.csv");
    write(file, rows, order);
    amocrm = Profiles.builtIn("amocrm");
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** Deletes the export. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duck.close();
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  static void write(Path file, int rows, String order) throws IOException {
    if (!order.equals("sorted") && !order.equals("shuffled")) {
      throw new IllegalArgumentException("order must be sorted or shuffled: " + order);
    }
    // i -> i * m mod rows is a permutation when m and rows are coprime (m prime, not a divisor of rows)
    long m = order.equals("sorted") ? 1 : rows % 7919 == 0 ? 7907 : 7919;
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss", Locale.ROOT);
    String[] stages = {"Успешно реализовано", "Закрыто и не реализовано", "Переговоры", "Первичный контакт"};
    Random r = new Random(1);
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write("ID,Название сделки,Бюджет,Ответственный,Дата создания,Дата закрытия,Этап сделки,Полное имя контакта,"
          + "Компания,Источник\n");
      for (int i = 0; i < rows; i++) {
        LocalDateTime created = start.plusSeconds(r.nextInt(60 * 60 * 24 * 700));
        String stage = stages[r.nextInt(stages.length)];
        String closed = stage.startsWith("Успешно") || stage.startsWith("Закрыто")
            ? f.format(created.plusHours(1 + r.nextInt(2000))) : "";
        w.write((10_000_000 + i * m % rows) + ",\"Сделка №" + i + ", ООО «Ромашка»\",\"" + r.nextInt(5_000_000) + ","
            + (r.nextInt(100) + 100 + "").substring(1) + "\",Иванова Мария," + f.format(created) + "," + closed + ","
            + stage + ",Смирнов Олег,ООО «Ромашка»," + (r.nextBoolean() ? "телефон" : "Сайт") + "\n");
      }
    }
  }

  /** The import's answer: leads, won deals and the won total (so nothing is optimised away). */
  record Totals(long leads, long won, BigDecimal wonTotal) {}

  /** revops-io: the amocrm profile, streamed. */
  @Benchmark
  public Totals revopsImport() throws IOException {
    Findings findings = Findings.create();
    CrmImport.Run run = CrmImport.of(amocrm).open(List.of(ExportFile.of(file)), findings);
    long leads = 0;
    long won = 0;
    BigDecimal total = BigDecimal.ZERO;
    try (Stream<CrmRecord> records = run.records()) {
      for (var it = records.iterator(); it.hasNext(); ) {
        CrmRecord.LeadRow row = (CrmRecord.LeadRow) it.next();
        leads++;
        for (LeadEvent e : row.events()) {
          if (e instanceof LeadEvent.Won w) {
            won++;
            total = total.add(Amounts.toBigDecimal(w.amount()));
          }
        }
      }
    }
    if (!findings.isEmpty()) {
      throw new IllegalStateException("the generated export must import cleanly: " + findings.first(3));
    }
    return new Totals(leads, won, total);
  }

  /** DuckDB: read_csv of the same file, parsing the same columns. */
  @Benchmark
  public Totals duckdbReadCsv() throws SQLException {
    String sql = "SELECT count(*), count(*) FILTER (WHERE stage = 'Успешно реализовано'), "
        + "sum(budget) FILTER (WHERE stage = 'Успешно реализовано'), max(created), max(closed), count(DISTINCT id) "
        + "FROM (SELECT \"ID\" AS id, CAST(replace(\"Бюджет\", ',', '.') AS DECIMAL(18,2)) AS budget, "
        + "strptime(\"Дата создания\", '%d.%m.%Y %H:%M:%S') AS created, "
        + "strptime(nullif(\"Дата закрытия\", ''), '%d.%m.%Y %H:%M:%S') AS closed, \"Этап сделки\" AS stage "
        + "FROM read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, "
        + "all_varchar = true))";
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return new Totals(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3));
    }
  }
}
