package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * revops-sla with jollyday's jars removed from the class path (a class loader over the test class path without
 * them, parent the platform loader): Russia's calendar works, and {@code JollydayHolidays.of} fails with the
 * clear exception rather than a {@code NoClassDefFoundError}.
 */
class WithoutJollydayTest {
  private static URLClassLoader withoutJollyday() throws Exception {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.contains("jollyday")) {
        urls.add(Paths.get(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  @Test
  void russiasCalendarWorksWithoutJollyday() throws Exception {
    try (URLClassLoader loader = withoutJollyday()) {
      assertThat(catchThrowable(() -> loader.loadClass("de.focus_shift.jollyday.core.HolidayManager")))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> russia = loader.loadClass(RussianProductionCalendar.class.getName());
      Object calendar = russia.getMethod("load").invoke(null);
      Object rule = calendar.getClass().getMethod("ruleFor", LocalDate.class).invoke(calendar, LocalDate.of(2026, 1, 1));
      assertThat(rule.toString()).startsWith("DAY_OFF (RU production calendar 2026");
      Object preset = loader.loadClass(BusinessCalendars.class.getName()).getMethod("russia").invoke(null);
      assertThat(preset.getClass().getClassLoader()).isSameAs(loader);
    }
  }

  @Test
  void jollydayHolidaysWithoutJollydaySaysWhatToAdd() throws Exception {
    try (URLClassLoader loader = withoutJollyday()) {
      Class<?> jollyday = loader.loadClass(JollydayHolidays.class.getName());
      Throwable thrown = catchThrowable(
          () -> jollyday.getMethod("of", String.class, String[].class).invoke(null, "DE", new String[0]));
      assertThat(thrown).isInstanceOf(InvocationTargetException.class);
      assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("JollydayHolidays needs jollyday, an optional dependency of revops-sla")
          .hasMessageContaining("de.focus_shift.jollyday.core.HolidayManager (de.focus-shift:jollyday-core)")
          .hasMessageContaining("add the dependencies de.focus-shift:jollyday-core:2.19.0 and "
              + "de.focus-shift:jollyday-jaxb:2.19.0");
    }
  }
}
