package io.revops.core.quality;

/**
 * A blocking key two records may share, with the confidence (a judgement, not a measured rate) that
 * sharing it alone makes them the same person or company.
 */
public enum MatchKey {
  /** The same normalised email: the same person. */
  EMAIL(Level.PERSON, 0.97),
  /** The same phone number in E.164: the same person (a shared switchboard is the risk). */
  PHONE(Level.PERSON, 0.90),
  /** The same person's name, words in any order, at the same company (by INN, else by name). */
  NAME_AT_COMPANY(Level.PERSON, 0.85),
  /** The same valid INN: the same company. */
  INN(Level.COMPANY, 0.99),
  /** The same company name without legal form, quotes, case and word order. */
  COMPANY_NAME(Level.COMPANY, 0.80);

  /** What a duplicate cluster groups. */
  public enum Level {
    /** Leads of the same person: the same contact entered twice, each lead counted in the funnel. */
    PERSON,
    /** Spellings of the same company. */
    COMPANY
  }

  private final Level level;
  private final double confidence;

  MatchKey(Level level, double confidence) {
    this.level = level;
    this.confidence = confidence;
  }

  /**
   * What the key identifies.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * The confidence that two records sharing this key alone are duplicates, in (0, 1).
   *
   * @return the confidence (a {@code double}: an estimate)
   */
  public double confidence() {
    return confidence;
  }
}
