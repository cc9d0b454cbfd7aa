package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A city with, where known, its population, region and country.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class City {
  private final String name;
  private final Long population;
  private final String region;
  private final String country;

  private City(String name, Long population, String region, String country) {
    requireNonNull(name, "city");
    Args.text("city", name);
    checkArgument(population == null || population >= 0, "population must not be negative: %s", population);
    this.name = name.trim();
    this.population = population;
    this.region = blankToNull(region == null ? null : Args.maxLength("region", region, Args.MAX_TEXT_LENGTH));
    this.country = blankToNull(country == null ? null : Args.maxLength("country", country, Args.MAX_TEXT_LENGTH));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** A city known only by its name. */
  public static City of(String name) {
    return new City(name, null, null, null);
  }

  /** A city with its population and country (ISO 3166 code or name). */
  public static City of(String name, long population, String country) {
    return new City(name, population, null, country);
  }

  /** This city with {@code population}. */
  public City withPopulation(long population) {
    return new City(name, population, region, country);
  }

  /** This city in {@code region}. */
  public City withRegion(String region) {
    return new City(name, population, region, country);
  }

  /** This city in {@code country}. */
  public City withCountry(String country) {
    return new City(name, population, region, country);
  }

  /** The city's name. */
  public String name() {
    return name;
  }

  /** The population, if known. */
  public OptionalLong population() {
    return population == null ? OptionalLong.empty() : OptionalLong.of(population);
  }

  /** The region, if known. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The country, if known. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof City c && name.equals(c.name) && Objects.equals(population, c.population)
        && Objects.equals(region, c.region) && Objects.equals(country, c.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, population, region, country);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
    if (region != null) sb.append(", ").append(region);
    if (country != null) sb.append(", ").append(country);
    if (population != null) sb.append(" (pop. ").append(Company.grouped(population)).append(')');
    return sb.toString();
  }
}
