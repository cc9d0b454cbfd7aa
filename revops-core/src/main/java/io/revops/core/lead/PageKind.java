package io.revops.core.lead;

/** The kind of site page a visit landed on; the handbook's behavioural criteria look for pricing and case studies. */
public enum PageKind {
  /** A pricing page. */
  PRICING,
  /** A case-study page. */
  CASE_STUDY,
  /** Any other page. */
  OTHER
}
