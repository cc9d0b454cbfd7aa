/**
 * Business calendars: which instants count as working time for an SLA allowance.
 *
 * <p>{@link io.revops.sla.calendar.BusinessCalendar} is the interface the SLA evaluation uses: {@code
 * add(start, duration)} gives the due instant of an allowance, {@code between(a, b)} the working
 * time that elapsed, {@code isOpen} and {@code nextOpening} answer where an instant falls, and
 * {@code workingIntervals}, {@code exceptions} and {@code tzdbVersion} feed the trace.
 *
 * <ul>
 *   <li>{@link io.revops.sla.calendar.BusinessCalendar#always(java.time.ZoneId)}: 24/7, elapsed time.
 *   <li>{@link io.revops.sla.calendar.WorkingCalendar}: {@link io.revops.sla.calendar.WeeklyHours}
 *       (several {@link io.revops.sla.calendar.LocalTimeRange}s a day) in an IANA zone, plus a
 *       pluggable {@link io.revops.sla.calendar.DayRules} source and the calendar's own holidays,
 *       extra working days, shortened days and closures. Correct across nights, weekends, holidays
 *       and DST changes (see the class for how DST gaps and overlaps are read).
 *   <li>{@link io.revops.sla.calendar.RussianProductionCalendar}: Russia's production calendar
 *       2013-2027 (bundled xmlcalendar files, versioned, with documented corrections); the decreed
 *       paid non-working days of 2020 and 2021 are days off unless {@link
 *       io.revops.sla.calendar.DecreedDays#WORKING_DAYS} is chosen; other years fail unless the
 *       weekends-only fallback is chosen, or are added from a file with {@code withYear}.
 *   <li>{@link io.revops.sla.calendar.XmlCalendar}: reads and checks one year in the xmlcalendar
 *       format (StAX, no DTD, no external entities) into a {@link
 *       io.revops.sla.calendar.ProductionYear} of {@link io.revops.sla.calendar.ProductionDay}s,
 *       reporting what looks wrong as {@link io.revops.core.batch.Finding}s.
 *   <li>{@link io.revops.sla.calendar.JollydayHolidays}: other countries' public holidays through
 *       jollyday.
 *   <li>{@link io.revops.sla.calendar.BusinessCalendars#russia()}: the ready preset, Mon–Fri
 *       09:00–18:00 Europe/Moscow on the Russian production calendar.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe, reads no clock and no default zone or locale.
 */
@NullMarked
package io.revops.sla.calendar;

import org.jspecify.annotations.NullMarked;
