package io.revops.metrics.value;

/** What an LTV:CAC ratio says about the business, by the handbook's bands (see {@link LtvCacBands}). */
public enum LtvCacHealth {
  /** Below 1: every customer costs more to win than they bring. */
  LOSING("losing money on every customer"),
  /** 1 to below 3: customers pay back, with little left to grow on. */
  SURVIVING("surviving"),
  /** 3 to 5: healthy unit economics. */
  HEALTHY("healthy"),
  /** Above 5: growth is under-funded; the company could spend more to acquire customers. */
  UNDER_INVESTING("under-investing in growth");

  private final String description;

  LtvCacHealth(String description) {
    this.description = description;
  }

  /** A short description, e.g. {@code "healthy"}. */
  public String description() {
    return description;
  }

  /** The description. */
  @Override
  public String toString() {
    return description;
  }
}
