// 07-data-quality.jsh — Russia's production calendar 2013–2027 and the data-quality report of a lead list.
// Run from the repository root:
//   revops-examples/jshell revops-examples/notebooks/07-data-quality.jsh
import java.nio.file.*;
import java.time.*;
import java.util.*;
import io.revops.core.batch.*;
import io.revops.core.lead.*;
import io.revops.core.quality.*;
import io.revops.sla.calendar.*;

// ---- 1. The production calendar, 2013–2027, from the bundled xmlcalendar files ----
var ru = RussianProductionCalendar.load();
System.out.println(ru);                       // covered years and the data version
System.out.println(ru.year(2013).orElseThrow());  // 247 working days, the Labour Code's norm
var hours = WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0));
var office = WorkingCalendar.builder().zone(ZoneId.of("Europe/Moscow")).weeklyHours(hours).dayRules(ru).build();
// January 2013: the New Year holidays run to the 8th; a day off per holiday
System.out.println(office.exceptions(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 10)));

// The one documented correction: 2014.xml marks Monday 24 February shortened; officially a full day
System.out.println(RussianProductionCalendar.CORRECTIONS);
System.out.println(office.hoursOn(LocalDate.of(2014, 2, 24)));

// ---- 2. The decreed paid non-working days of 2020 (COVID): days off by default, or working days ----
var y2020 = ru.year(2020).orElseThrow();
System.out.println(y2020);                    // 248 working days officially, 29 weekdays decreed off
System.out.println(y2020.workingDays(DecreedDays.DAYS_OFF) + " working days with the decreed days off");
System.out.println(ru.ruleFor(LocalDate.of(2020, 4, 14)));
var official = ru.decreedDays(DecreedDays.WORKING_DAYS);
System.out.println(official.ruleFor(LocalDate.of(2020, 4, 14)) + " — " + official);

// ---- 3. Loading next year's file the day it is published, no release needed ----
// (a made-up 2028 file, written here to a temporary folder; with two mistakes the reader reports)
var file = Files.createTempDirectory("xmlcalendar").resolve("2028.xml");
Files.writeString(file, """
    <?xml version="1.0" encoding="UTF-8"?>
    <calendar year="2028" lang="ru" country="ru">
      <holidays><holiday id="1" title="Новогодние каникулы"/></holidays>
      <days>
        <day d="01.03" t="1" h="1"/><day d="01.04" t="1" h="1"/><day d="01.05" t="1" h="1"/>
        <day d="01.06" t="1" h="1"/><day d="03.14" t="2"/>
        <day d="01.06" t="1"/>
      </days>
    </calendar>
    """);
var findings = Findings.create();
var y2028 = XmlCalendar.read(file, findings).orElseThrow();
findings.all().forEach(System.out::println);  // a duplicate date, a shortened day before a working day, the norm
var withNextYear = ru.withYear(y2028, "2028.xml");
System.out.println(withNextYear.ruleFor(LocalDate.of(2028, 1, 3)));

// ---- 4. Data quality: duplicates, completeness, freshness, the funnel ----
var asOf = Instant.parse("2026-06-01T00:00:00Z");
var leads = List.of(
    QualityRecord.of(LeadId.of("L1"), "Иван Петров", "Ivan.Petrov@gmail.com", "+7 (495) 123-45-67", "ООО «Ромашка»", "7707083893", asOf.minus(Duration.ofDays(20))),
    QualityRecord.of(LeadId.of("L2"), "Петров Иван", "ivanpetrov+webinar@gmail.com", null, "Ромашка, ООО", null, asOf.minus(Duration.ofDays(400))),
    QualityRecord.of(LeadId.of("L3"), "Иван Петров", null, "84951234567", "OOO \"Ромашка\"", null, null),
    QualityRecord.of(LeadId.of("L4"), "Анна Смирнова", "anna@vostok.ru", "+7 916 000-11-22", "АО «Восток»", "7707083894", asOf.minus(Duration.ofDays(5))),
    QualityRecord.of(LeadId.of("L5"), "Смирнова Анна", "a.smirnova@vostok.ru", "8 916 000 11 33", "Восток АО", null, asOf.minus(Duration.ofDays(90))),
    QualityRecord.of(LeadId.of("L6"), "Олег Ким", "oleg@", "12-34", "Запад", null, asOf.plus(Duration.ofDays(1))));
var qualityFindings = Findings.create();
var report = DataQuality.defaultRegion("RU").check(leads, asOf, "crm-export", qualityFindings);
System.out.println(report);                   // 3 leads counted twice; each cluster with its keys and confidence
qualityFindings.all().forEach(System.out::println);  // a bad INN checksum, a broken email and phone, a future date

/exit
