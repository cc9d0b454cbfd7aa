package io.revops.sla;

import java.time.Duration;

/** Short, readable durations for reasons and tables: {@code 1h}, {@code 1h 5min}, {@code 24h}, {@code 14d}, {@code 30s}. */
final class Durations {
  private Durations() {
  }

  static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    if (d.isZero()) {
      return "0min";
    }
    // under two days, hours read better: "24h", "36h"
    long days = d.toHours() < 48 ? 0 : d.toDays();
    long hours = days == 0 ? d.toHours() : d.toHoursPart();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append('d');
    }
    if (hours > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(hours).append('h');
    }
    if (minutes > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(minutes).append("min");
    }
    if (seconds > 0 || d.toNanosPart() > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(seconds);
      if (d.toNanosPart() > 0) {
        sb.append('.').append(String.format(java.util.Locale.ROOT, "%09d", d.toNanosPart()).replaceAll("0+$", ""));
      }
      sb.append('s');
    }
    return sb.toString();
  }
}
