package io.revops.sla.json;

import static java.util.Objects.requireNonNull;

import io.revops.sla.calendar.BusinessCalendar;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Turns business calendars into JSON descriptors and back. Real calendars (weekly hours, holidays, the
 * Russian production calendar) are built elsewhere from data this module does not own, so an agreement's
 * JSON names its calendar by a flat descriptor, e.g. {@code {"type":"always","zone":"Europe/Moscow"}}, and
 * the caller supplies the codec that knows its calendars. {@link #always()} handles 24/7 calendars;
 * {@link #orElse(CalendarCodec)} chains codecs.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CalendarCodec {
  /** The descriptor of {@code calendar}, or empty if this codec does not know it. */
  Optional<Map<String, String>> describe(BusinessCalendar calendar);

  /** The calendar {@code descriptor} names, or empty if this codec does not know it. */
  Optional<BusinessCalendar> resolve(Map<String, String> descriptor);

  /** This codec, falling back to {@code other} for calendars and descriptors it does not know. */
  default CalendarCodec orElse(CalendarCodec other) {
    requireNonNull(other, "other");
    CalendarCodec self = this;
    return new CalendarCodec() {
      @Override
      public Optional<Map<String, String>> describe(BusinessCalendar calendar) {
        return self.describe(calendar).or(() -> other.describe(calendar));
      }

      @Override
      public Optional<BusinessCalendar> resolve(Map<String, String> descriptor) {
        return self.resolve(descriptor).or(() -> other.resolve(descriptor));
      }
    };
  }

  /**
   * The codec of 24/7 calendars ({@link BusinessCalendar#always(ZoneId)}):
   * {@code {"type":"always","zone":"Europe/Moscow"}}.
   */
  static CalendarCodec always() {
    return new CalendarCodec() {
      @Override
      public Optional<Map<String, String>> describe(BusinessCalendar calendar) {
        requireNonNull(calendar, "calendar");
        return calendar.equals(BusinessCalendar.always(calendar.zone()))
            ? Optional.of(Map.of("type", "always", "zone", calendar.zone().getId())) : Optional.empty();
      }

      @Override
      public Optional<BusinessCalendar> resolve(Map<String, String> descriptor) {
        requireNonNull(descriptor, "descriptor");
        if (!"always".equals(descriptor.get("type"))) {
          return Optional.empty();
        }
        String zone = descriptor.get("zone");
        if (zone == null) {
          throw new IllegalArgumentException("an \"always\" calendar descriptor needs a zone: " + descriptor);
        }
        return Optional.of(BusinessCalendar.always(ZoneId.of(zone)));
      }
    };
  }
}
