package io.revops.metrics.acquisition;

/** Whether an acquisition channel is bought (ads, paid search) or earned (SEO, referrals, word of mouth). */
public enum ChannelKind {
  /** Bought reach: advertising, paid search, paid social, sponsorships. */
  PAID("paid"),
  /** Earned reach: search engine optimisation, content, referrals, word of mouth. */
  ORGANIC("organic");

  private final String label;

  ChannelKind(String label) {
    this.label = label;
  }

  /** {@code "paid"} or {@code "organic"}. */
  @Override
  public String toString() {
    return label;
  }
}
