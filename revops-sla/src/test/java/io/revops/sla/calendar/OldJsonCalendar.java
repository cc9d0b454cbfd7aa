package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules the calendar gave when it was read from {@code ru-production-calendar.json} (2025-2027),
 * rebuilt here as the former loader did, without a JSON library: the file's shape is fixed (three
 * arrays of ISO dates per year), so a pattern reads it.
 */
final class OldJsonCalendar {
  static final String RESOURCE = "ru-production-calendar-2025-2027.json";
  private static final Pattern YEAR = Pattern.compile("\"(\\d{4})\": \\{(.*?)\\}", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");

  private OldJsonCalendar() {}

  static Map<LocalDate, DayRule> rules() throws IOException {
    String json;
    try (InputStream in = OldJsonCalendar.class.getResourceAsStream(RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<LocalDate, DayRule> rules = new HashMap<>();
    Matcher year = YEAR.matcher(json);
    int years = 0;
    while (year.find()) {
      years++;
      String prefix = "RU production calendar " + year.group(1) + ": ";
      String body = year.group(2);
      dates(body, "nonWorkingWeekdays").forEach(d -> rules.put(d, DayRule.dayOff(prefix + "non-working day")));
      dates(body, "workingWeekends").forEach(d -> rules.put(d, DayRule.workingDay(prefix + "working weekend")));
      dates(body, "shortenedDays").forEach(d -> rules.put(d,
          rules.getOrDefault(d, DayRule.regular()).withShortening(Duration.ofHours(1), prefix + "pre-holiday day")));
    }
    assertThat(years).isEqualTo(3);
    return rules;
  }

  private static List<LocalDate> dates(String yearBody, String field) {
    Matcher array = Pattern.compile("\"" + field + "\": \\[(.*?)\\]", Pattern.DOTALL).matcher(yearBody);
    assertThat(array.find()).as(field).isTrue();
    Matcher date = DATE.matcher(array.group(1));
    List<LocalDate> out = new java.util.ArrayList<>();
    while (date.find()) {
      out.add(LocalDate.parse(date.group(1)));
    }
    return out;
  }
}
