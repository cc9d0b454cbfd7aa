package io.revops.core.quality;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * The data quality of a set of leads: duplicate clusters of people (leads entered twice) and of
 * companies (one company spelt several ways), completeness per field, freshness, and what the
 * duplicates do to the funnel.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataQualityReport {
  private static final int SHOWN_CLUSTERS = 5;

  private final String defaultRegion;
  private final long leads;
  private final ImmutableList<DuplicateCluster> people;
  private final ImmutableList<DuplicateCluster> companies;
  private final ImmutableList<FieldCompleteness> completeness;
  private final Freshness freshness;

  DataQualityReport(String defaultRegion, long leads, List<DuplicateCluster> people,
      List<DuplicateCluster> companies, List<FieldCompleteness> completeness, Freshness freshness) {
    this.defaultRegion = defaultRegion;
    this.leads = leads;
    this.people = ImmutableList.copyOf(people);
    this.companies = ImmutableList.copyOf(companies);
    this.completeness = ImmutableList.copyOf(completeness);
    this.freshness = freshness;
  }

  /** @return the region phone numbers without a country code were read in */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** @return the number of leads checked */
  public long leads() {
    return leads;
  }

  /** @return the clusters of leads of the same person, largest first */
  public List<DuplicateCluster> duplicatePeople() {
    return people;
  }

  /** @return the clusters of spellings of the same company, largest first */
  public List<DuplicateCluster> duplicateCompanies() {
    return companies;
  }

  /** @return completeness per field */
  public List<FieldCompleteness> completeness() {
    return completeness;
  }

  /** @return freshness as of the report's instant */
  public Freshness freshness() {
    return freshness;
  }

  /**
   * The distinct people behind the leads: the leads less those counted twice.
   *
   * @return the number of distinct people
   */
  public long distinctPeople() {
    return leads - leadsCountedTwice();
  }

  /**
   * The leads the funnel counts more than once: in each cluster of the same person, every lead
   * after the first.
   *
   * @return the number of extra leads
   */
  public long leadsCountedTwice() {
    return people.stream().mapToLong(c -> c.size() - 1L).sum();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("data quality of ").append(leads).append(" leads (phones in ")
        .append(defaultRegion).append(")\n  funnel: ").append(leadsCountedTwice())
        .append(" leads counted twice, ").append(distinctPeople()).append(" distinct people");
    if (leads > 0) {
      sb.append(String.format(Locale.ROOT, " (%.1f%% of the top of the funnel are duplicates)",
          100.0 * leadsCountedTwice() / leads));
    }
    sb.append("\n  duplicate people: ").append(people.size()).append(" clusters");
    people.stream().limit(SHOWN_CLUSTERS).forEach(c -> sb.append("\n    ").append(c));
    sb.append("\n  duplicate companies: ").append(companies.size()).append(" clusters");
    companies.stream().limit(SHOWN_CLUSTERS).forEach(c -> sb.append("\n    ").append(c));
    sb.append("\n  completeness: ").append(completeness);
    sb.append("\n  freshness: ").append(freshness);
    return sb.toString();
  }
}
