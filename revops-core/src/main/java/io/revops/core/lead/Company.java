package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The company behind a lead: name and, where known, employees, annual revenue, industry and city.
 *
 * <p>Every firmographic field may be unknown; qualification reports an unknown field as UNKNOWN,
 * never as a failure.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Company {
  private final String name;
  private final Integer employees;
  private final MonetaryAmount annualRevenue;
  private final Industry industry;
  private final City city;

  private Company(Builder b) {
    requireNonNull(b.name, "company name");
    Args.text("company name", b.name);
    checkArgument(b.employees == null || b.employees >= 0, "employees must not be negative: %s", b.employees);
    if (b.annualRevenue != null) {
      Amounts.requireNonNegative("annualRevenue", b.annualRevenue);
    }
    this.name = b.name.trim();
    this.employees = b.employees;
    this.annualRevenue = b.annualRevenue;
    this.industry = b.industry;
    this.city = b.city;
  }

  /** A company known only by its name. */
  public static Company of(String name) {
    return builder(name).build();
  }

  /** A builder for a company called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(Args.text("company name", name));
  }

  /** A builder pre-filled with this company's data. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.employees = employees;
    b.annualRevenue = annualRevenue;
    b.industry = industry;
    b.city = city;
    return b;
  }

  /** The company's name. */
  public String name() {
    return name;
  }

  /** The number of employees, if known. */
  public OptionalInt employees() {
    return employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
  }

  /** The annual revenue, if known. */
  public Optional<MonetaryAmount> annualRevenue() {
    return Optional.ofNullable(annualRevenue);
  }

  /** The industry, if known. */
  public Optional<Industry> industry() {
    return Optional.ofNullable(industry);
  }

  /** The city, if known. */
  public Optional<City> city() {
    return Optional.ofNullable(city);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Company c && name.equals(c.name) && Objects.equals(employees, c.employees)
        && (annualRevenue == null ? c.annualRevenue == null : c.annualRevenue != null && Amounts.isEqual(annualRevenue, c.annualRevenue))
        && Objects.equals(industry, c.industry) && Objects.equals(city, c.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, employees, industry, city);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
    sb.append(" [employees=").append(employees == null ? "?" : grouped(employees));
    sb.append(", revenue=").append(annualRevenue == null ? "?" : Amounts.format(annualRevenue));
    sb.append(", industry=").append(industry == null ? "?" : industry);
    sb.append(", city=").append(city == null ? "?" : city);
    return sb.append(']').toString();
  }

  /** {@code 1 500 000}: thousands separated by spaces, like {@code Amounts.format}, whatever the default locale. */
  static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
  }

  /** Collects a company's data; unset fields stay unknown. */
  public static final class Builder {
    private final String name;
    private Integer employees;
    private MonetaryAmount annualRevenue;
    private Industry industry;
    private City city;

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the number of employees. */
    public Builder employees(int employees) {
      this.employees = employees;
      return this;
    }

    /** Sets the annual revenue. */
    public Builder annualRevenue(MonetaryAmount annualRevenue) {
      this.annualRevenue = requireNonNull(annualRevenue, "annualRevenue");
      return this;
    }

    /** Sets the industry. */
    public Builder industry(Industry industry) {
      this.industry = requireNonNull(industry, "industry");
      return this;
    }

    /** Sets the industry by name. */
    public Builder industry(String industry) {
      return industry(Industry.of(industry));
    }

    /** Sets the city. */
    public Builder city(City city) {
      this.city = requireNonNull(city, "city");
      return this;
    }

    /** The company. */
    public Company build() {
      return new Company(this);
    }
  }
}
