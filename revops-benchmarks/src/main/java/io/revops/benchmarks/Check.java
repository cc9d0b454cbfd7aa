package io.revops.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/** The equality checks run before any timing: revops and DuckDB must compute the same result. */
public final class Check {
  private Check() {}

  /** Fails unless the W1 results of revops (both ways) and DuckDB are equal; returns the number of groups. */
  public static int w1(BenchData data, DuckDb db) throws SQLException {
    SortedMap<String, Long> revops = Workloads.w1(Workloads.w1Evaluator(), data.inputsWithoutLeadData(), data.asOf());
    SortedMap<String, Long> direct = Workloads.w1Direct(data.histories(), data.asOf());
    SortedMap<String, Long> lean = Workloads.w1(Workloads.w1Evaluator().withoutTraces(), data.inputsWithoutLeadData(),
        data.asOf());
    SortedMap<String, Long> duck = db.w1(data.asOf());
    same("W1 revops evaluator vs DuckDB", revops, duck);
    same("W1 revops evaluator vs revops direct", revops, direct);
    same("W1 revops evaluator vs without traces", revops, lean);
    same("W1 revops evaluator vs parallel", revops, Workloads.w1Parallel(Workloads.w1Evaluator(),
        data.inputsWithoutLeadData(), data.asOf()));
    if (revops.isEmpty()) {
      throw new IllegalStateException("W1 found no MQL: the data set is too small to compare anything");
    }
    return revops.size();
  }

  static void same(String what, SortedMap<String, Long> a, SortedMap<String, Long> b) {
    if (a.equals(b)) {
      return;
    }
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    StringBuilder diff = new StringBuilder();
    int shown = 0;
    for (String k : keys) {
      if (!java.util.Objects.equals(a.get(k), b.get(k)) && shown++ < 20) {
        diff.append("\n  ").append(k).append(": ").append(a.get(k)).append(" vs ").append(b.get(k));
      }
    }
    throw new IllegalStateException(what + " differ in " + shown + " of " + keys.size() + " groups:" + diff);
  }

  /** Fails unless the W3 results of revops and DuckDB are equal; returns the number of months. */
  public static int w3(BenchData data, DuckDb db) throws SQLException {
    List<Workloads.W3Row> revops = Workloads.w3(Workloads.w3Analysis(data));
    List<Workloads.W3Row> duck = db.w3();
    if (revops.size() != duck.size()) {
      throw new IllegalStateException("W3 months differ: revops " + revops.size() + ", DuckDB " + duck.size()
          + "\n revops " + revops + "\n DuckDB " + duck);
    }
    for (int i = 0; i < revops.size(); i++) {
      if (!revops.get(i).matches(duck.get(i))) {
        throw new IllegalStateException("W3 differs at row " + i + ":\n revops " + revops.get(i) + "\n DuckDB "
            + duck.get(i));
      }
    }
    if (revops.isEmpty()) {
      throw new IllegalStateException("W3 found no month to compare: the data set is too small");
    }
    return revops.size();
  }
}
