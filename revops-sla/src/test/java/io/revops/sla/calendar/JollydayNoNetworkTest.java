package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * jollyday never reads its configuration from outside: with its URL and provider-class system properties
 * pointing at a local listener and at a class that does not exist, building managers and reading holidays
 * opens no connection and still gives jollyday's own holidays (#12).
 */
class JollydayNoNetworkTest {
  private static final String URLS = "de.focus_shift.jollyday.config.urls";
  private static final String PROVIDERS = "de.focus_shift.jollyday.config.providers";

  @Test
  void noSocketIsOpenedWhatEverTheSystemPropertiesName() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/holidays.properties";
      String before = System.getProperty(URLS);
      String beforeProviders = System.getProperty(PROVIDERS);
      System.setProperty(URLS, url);
      System.setProperty(PROVIDERS, "org.example.Missing");
      try {
        // a manager made here and now (not one another test made before the properties were set)
        assertThat(JollydayBackend.manager("fr").getHolidays(java.time.Year.of(2026),
            de.focus_shift.jollyday.core.HolidayType.PUBLIC_HOLIDAY))
            .anyMatch(h -> h.getDate().equals(LocalDate.of(2026, 7, 14)));
        assertThat(JollydayHolidays.of("AT").ruleFor(LocalDate.of(2026, 10, 26))).isNotEqualTo(DayRule.regular());
        assertThat(JollydayHolidays.of("GB").ruleFor(LocalDate.of(2026, 12, 25))).isNotEqualTo(DayRule.regular());
      } finally {
        restore(URLS, before);
        restore(PROVIDERS, beforeProviders);
      }
      // a connection attempt would sit in the backlog; none must be there
      listener.setSoTimeout(300);
      assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
