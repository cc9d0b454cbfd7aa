package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.util.Locale;

/**
 * An industry, compared case-insensitively ({@code "IT"} equals {@code "it"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the industry name, stored in lower case
 */
public record Industry(String name) {
  /** Manufacturing (handbook preset). */
  public static final Industry MANUFACTURING = new Industry("manufacturing");
  /** Distribution (handbook preset). */
  public static final Industry DISTRIBUTION = new Industry("distribution");
  /** Information technology (handbook preset). */
  public static final Industry IT = new Industry("it");

  /** Validates and lower-cases the name. */
  public Industry {
    requireNonNull(name, "industry");
    Args.text("industry", name);
    name = name.trim().toLowerCase(Locale.ROOT);
  }

  /** The industry {@code name}. */
  public static Industry of(String name) {
    return new Industry(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
