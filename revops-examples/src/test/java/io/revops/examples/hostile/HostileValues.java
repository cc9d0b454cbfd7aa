package io.revops.examples.hostile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The values the sweep passes: valid samples of each parameter type (to find a call that succeeds) and the
 * hostile values of each type, each with the kind of check its outcome gets.
 */
final class HostileValues {
  private HostileValues() {}

  /** How a hostile value's outcome is judged. */
  enum Kind {
    /** {@code null}: must be refused (allow-listed where a parameter is documented optional). */
    NULL(true),
    /** A value no parameter can mean: a 100,000-character string, NaN, a billion-digit exponent, a null element. */
    NONSENSE(true),
    /** A negative count, if the parameter is a count: must be refused. */
    NEGATIVE(false),
    /** An extreme but possibly meaningful value: accepted or refused, but never OOM, hang or wrong type. */
    EXTREME(false);

    final boolean mustRefuse;

    Kind(boolean mustRefuse) {
      this.mustRefuse = mustRefuse;
    }
  }

  /** A hostile value, its label, its kind and, for scalars, the text a message must quote. */
  record Hostile(String label, Supplier<Object> value, Kind kind, String quoted) {}

  static final String HUGE = "x".repeat(100_000);

  static final BigDecimal HUGE_EXPONENT = new BigDecimal("1e999999999");
  static final BigDecimal TINY_EXPONENT = new BigDecimal("1e-999999999");
  static final BigDecimal MANY_DIGITS = new BigDecimal("7".repeat(10_000));

  static CurrencyUnit eur() {
    return Monetary.getCurrency("EUR");
  }

  /** Valid samples of the JDK and money types; the sweep adds what the library's own factories return. */
  static List<Supplier<Object>> jdkSamples(Class<?> type) {
    List<Object> v = new ArrayList<>();
    if (type == String.class || type == CharSequence.class) {
      v.addAll(List.of("EUR", "0.4", "lead-1", "DE", "40%", "2026-01-01", "a", "USD", "2026-W03", "09:00-18:00",
          "2026-01", "2026-01..2026-03", "Mon-Fri 09:00-18:00", "P30D", "30d", "1", "3", "5"));
    } else if (type == long.class || type == Long.class) {
      v.addAll(List.of(1L, 0L, 10L, 2L));
    } else if (type == int.class || type == Integer.class) {
      v.addAll(List.of(1, 0, 10, 2));
    } else if (type == double.class || type == Double.class) {
      v.addAll(List.of(0.5, 1.0, 0.0, 10.0));
    } else if (type == boolean.class || type == Boolean.class) {
      v.addAll(List.of(true, false));
    } else if (type == BigDecimal.class || type == Number.class) {
      v.addAll(List.of(new BigDecimal("0.4"), BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO));
    } else if (type == BigInteger.class) {
      v.addAll(List.of(BigInteger.ONE, BigInteger.TEN));
    } else if (type == LocalDate.class) {
      v.addAll(List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2)));
    } else if (type == Instant.class) {
      v.addAll(List.of(Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-02-02T10:00:00Z")));
    } else if (type == LocalDateTime.class) {
      v.add(LocalDateTime.of(2026, 1, 5, 10, 0));
    } else if (type == OffsetDateTime.class) {
      v.add(OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC));
    } else if (type == LocalTime.class) {
      v.addAll(List.of(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    } else if (type == YearMonth.class) {
      v.addAll(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
    } else if (type == Year.class) {
      v.add(Year.of(2026));
    } else if (type == Duration.class) {
      v.addAll(List.of(Duration.ofHours(1), Duration.ofDays(3), Duration.ZERO));
    } else if (type == Period.class) {
      v.addAll(List.of(Period.ofMonths(1), Period.ofDays(7)));
    } else if (type == ZoneId.class) {
      v.addAll(List.of(ZoneId.of("Europe/Berlin"), ZoneOffset.UTC));
    } else if (type == ZoneOffset.class) {
      v.add(ZoneOffset.UTC);
    } else if (type == CurrencyUnit.class) {
      v.addAll(List.of(eur(), Monetary.getCurrency("USD")));
    } else if (type == MonetaryAmount.class || type == Money.class) {
      v.addAll(List.of(Money.of(100, "EUR"), Money.of(0, "EUR"), Money.of(1000, "EUR")));
    } else if (type == java.math.RoundingMode.class) {
      v.add(java.math.RoundingMode.HALF_EVEN);
    } else if (type == java.math.MathContext.class) {
      v.add(java.math.MathContext.DECIMAL64);
    } else if (type == DayOfWeek.class) {
      v.add(DayOfWeek.MONDAY);
    } else if (type == Object.class) {
      v.add("a");
    } else if (type.isEnum()) {
      v.addAll(Arrays.asList(type.getEnumConstants()));
    }
    List<Supplier<Object>> out = new ArrayList<>();
    for (Object o : v) {
      out.add(() -> o);
    }
    return out;
  }

  /** The hostile values of {@code type}; {@code element} makes a valid element of a collection. */
  static List<Hostile> of(Class<?> type, Type generic, Supplier<Object> valid) {
    List<Hostile> h = new ArrayList<>();
    if (!type.isPrimitive()) {
      h.add(new Hostile("null", () -> null, Kind.NULL, null));
    }
    if (type == String.class || type == CharSequence.class) {
      h.add(new Hostile("huge string", () -> HUGE, Kind.NONSENSE, HUGE.substring(0, 40)));
      h.add(new Hostile("empty string", () -> "", Kind.EXTREME, null));
      h.add(new Hostile("blank string", () -> " \t", Kind.EXTREME, null));
      h.add(new Hostile("NUL string", () -> "\u0000", Kind.EXTREME, null));
      h.add(new Hostile("1e999999999", () -> "1e999999999", Kind.EXTREME, "1e999999999"));
      h.add(new Hostile("1e-999999999", () -> "1e-999999999", Kind.EXTREME, "1e-999999999"));
      h.add(new Hostile("-1", () -> "-1", Kind.EXTREME, "-1"));
      h.add(new Hostile("far date", () -> "+100000-01-01", Kind.EXTREME, "+100000-01-01"));
      h.add(new Hostile("40 digits", () -> "9".repeat(40), Kind.EXTREME, "9".repeat(40)));
    } else if (type == long.class || type == Long.class) {
      h.add(new Hostile("-1", () -> -1L, Kind.NEGATIVE, "-1"));
      h.add(new Hostile("Long.MIN_VALUE", () -> Long.MIN_VALUE, Kind.NEGATIVE, Long.toString(Long.MIN_VALUE)));
      h.add(new Hostile("Long.MAX_VALUE", () -> Long.MAX_VALUE, Kind.EXTREME, Long.toString(Long.MAX_VALUE)));
    } else if (type == int.class || type == Integer.class) {
      h.add(new Hostile("-1", () -> -1, Kind.NEGATIVE, "-1"));
      h.add(new Hostile("Integer.MIN_VALUE", () -> Integer.MIN_VALUE, Kind.NEGATIVE,
          Integer.toString(Integer.MIN_VALUE)));
      h.add(new Hostile("Integer.MAX_VALUE", () -> Integer.MAX_VALUE, Kind.EXTREME,
          Integer.toString(Integer.MAX_VALUE)));
    } else if (type == double.class || type == Double.class) {
      h.add(new Hostile("NaN", () -> Double.NaN, Kind.NONSENSE, "NaN"));
      h.add(new Hostile("+Infinity", () -> Double.POSITIVE_INFINITY, Kind.NONSENSE, "Infinity"));
      h.add(new Hostile("-Infinity", () -> Double.NEGATIVE_INFINITY, Kind.NONSENSE, "Infinity"));
      h.add(new Hostile("-1.0", () -> -1.0, Kind.NEGATIVE, "-1"));
      h.add(new Hostile("Double.MAX_VALUE", () -> Double.MAX_VALUE, Kind.EXTREME, null));
    } else if (type == BigDecimal.class || type == Number.class) {
      h.add(new Hostile("1e999999999", () -> HUGE_EXPONENT, Kind.NONSENSE, "1E+999999999"));
      h.add(new Hostile("1e-999999999", () -> TINY_EXPONENT, Kind.NONSENSE, "1E-999999999"));
      h.add(new Hostile("10,000 digits", () -> MANY_DIGITS, Kind.NONSENSE, "7777777777"));
      h.add(new Hostile("-1", () -> BigDecimal.ONE.negate(), Kind.NEGATIVE, "-1"));
    } else if (type == LocalDate.class) {
      h.add(new Hostile("LocalDate.MIN", () -> LocalDate.MIN, Kind.EXTREME, LocalDate.MIN.toString()));
      h.add(new Hostile("LocalDate.MAX", () -> LocalDate.MAX, Kind.EXTREME, LocalDate.MAX.toString()));
    } else if (type == Instant.class) {
      h.add(new Hostile("Instant.MIN", () -> Instant.MIN, Kind.EXTREME, Instant.MIN.toString()));
      h.add(new Hostile("Instant.MAX", () -> Instant.MAX, Kind.EXTREME, Instant.MAX.toString()));
      Instant far = Instant.parse("+100000-01-01T00:00:00Z");
      h.add(new Hostile("+100000-01-01", () -> far, Kind.EXTREME, far.toString()));
    } else if (type == LocalDateTime.class) {
      h.add(new Hostile("LocalDateTime.MAX", () -> LocalDateTime.MAX, Kind.EXTREME, LocalDateTime.MAX.toString()));
    } else if (type == YearMonth.class) {
      YearMonth max = YearMonth.of(Year.MAX_VALUE, 12);
      h.add(new Hostile("YearMonth max", () -> max, Kind.EXTREME, max.toString()));
      YearMonth min = YearMonth.of(Year.MIN_VALUE, 1);
      h.add(new Hostile("YearMonth min", () -> min, Kind.EXTREME, min.toString()));
    } else if (type == Duration.class) {
      h.add(new Hostile("negative duration", () -> Duration.ofSeconds(-1), Kind.NEGATIVE, "PT-1S"));
      Duration max = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
      h.add(new Hostile("max duration", () -> max, Kind.EXTREME, null));
    } else if (type == MonetaryAmount.class) {
      h.add(new Hostile("-1 EUR", () -> Money.of(-1, "EUR"), Kind.EXTREME, "-1"));
      h.add(new Hostile("1 USD", () -> Money.of(1, "USD"), Kind.EXTREME, null));
      h.add(new Hostile("1e30 EUR", () -> Money.of(new BigDecimal("1e30"), "EUR"), Kind.EXTREME, null));
    } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
      Class<?> c = type.getComponentType();
      h.add(new Hostile("array with null", () -> java.lang.reflect.Array.newInstance(c, 1), Kind.NONSENSE, null));
    } else if (List.class == type || Collection.class == type || Iterable.class == type || Set.class == type) {
      boolean set = Set.class == type;
      h.add(new Hostile("empty collection", () -> set ? Set.of() : List.of(), Kind.EXTREME, null));
      h.add(new Hostile("collection with null", () -> set ? Collections.singleton(null)
          : Collections.singletonList(null), Kind.NONSENSE, null));
      if (valid != null && !set) {
        h.add(new Hostile("10,000 elements", () -> Collections.nCopies(10_000, valid.get()), Kind.EXTREME, null));
      }
    } else if (Map.class == type) {
      h.add(new Hostile("empty map", Map::of, Kind.EXTREME, null));
      h.add(new Hostile("map with null value", () -> nullValueMap(generic), Kind.NONSENSE, null));
    } else if (Optional.class == type) {
      h.add(new Hostile("empty optional", Optional::empty, Kind.EXTREME, null));
    }
    return h;
  }

  private static Object nullValueMap(Type generic) {
    Map<Object, Object> m = new HashMap<>();
    Object key = "EUR";
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> k) {
      if (k.isEnum()) {
        key = k.getEnumConstants()[0];
      } else {
        List<Supplier<Object>> s = jdkSamples(k);
        key = s.isEmpty() ? null : s.get(0).get();
      }
    }
    m.put(key, null);
    return key instanceof Enum<?> ? enumMap(m) : m;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumMap(Map<Object, Object> m) {
    EnumMap e = new EnumMap(((Enum<?>) m.keySet().iterator().next()).getDeclaringClass());
    e.putAll(m);
    return e;
  }

  /** Valid values of a generic container type built from a valid element; empty when not a container. */
  static List<Supplier<Object>> containers(Class<?> raw, List<Supplier<Object>> elements,
      List<Supplier<Object>> values) {
    List<Supplier<Object>> out = new ArrayList<>();
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      out.add(List::of);
      for (Supplier<Object> e : elements.subList(0, Math.min(2, elements.size()))) {
        out.add(0, () -> List.of(e.get()));
      }
    } else if (raw == Set.class) {
      out.add(Set::of);
      for (Supplier<Object> e : elements.subList(0, Math.min(2, elements.size()))) {
        out.add(0, () -> Set.of(e.get()));
      }
    } else if (raw == Stream.class) {
      out.add(Stream::of);
      for (Supplier<Object> e : elements.subList(0, Math.min(1, elements.size()))) {
        out.add(0, () -> Stream.of(e.get()));
      }
    } else if (raw == java.util.Iterator.class) {
      out.add(() -> List.of().iterator());
      for (Supplier<Object> e : elements.subList(0, Math.min(1, elements.size()))) {
        out.add(0, () -> List.of(e.get()).iterator());
      }
    } else if (raw == Map.class) {
      out.add(Map::of);
      if (!elements.isEmpty() && !values.isEmpty()) {
        out.add(0, () -> {
          Map<Object, Object> m = new LinkedHashMap<>();
          m.put(elements.get(0).get(), values.get(0).get());
          return m;
        });
      }
    } else if (raw == Optional.class) {
      out.add(Optional::empty);
      for (Supplier<Object> e : elements.subList(0, Math.min(1, elements.size()))) {
        out.add(0, () -> Optional.of(e.get()));
      }
    } else if (raw == Consumer.class) {
      out.add(() -> (Consumer<Object>) x -> { });
    } else if (raw == Predicate.class) {
      out.add(() -> (Predicate<Object>) x -> true);
    } else if (raw == Supplier.class) {
      for (Supplier<Object> e : elements.subList(0, Math.min(1, elements.size()))) {
        out.add(() -> (Supplier<Object>) e::get);
      }
    }
    return out;
  }
}
