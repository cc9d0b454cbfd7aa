package io.revops.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local[2], no UI, few shuffle partitions (small data), one session per test class. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local() {
    return SparkSession.builder().master("local[2]").appName("revops-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
