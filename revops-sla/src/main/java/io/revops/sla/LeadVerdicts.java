package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything an evaluation found for one lead as of an instant: the facts the reports group by (MQL
 * instant, source, rep, first response, acceptance, rejection), one verdict per per-lead obligation (keyed
 * as in the agreement), and the data anomalies.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LeadVerdicts {
  /**
   * The {@link #source()} of leads whose history names no source: the key of {@link Attribution#UNKNOWN_SOURCE},
   * which no known source has (see {@link Attribution}).
   */
  public static final String UNKNOWN_SOURCE = Attribution.UNKNOWN_SOURCE.key();
  /**
   * The {@link #rep()} of leads never assigned: the key of {@link Attribution#UNASSIGNED}, which no known rep
   * has (see {@link Attribution}).
   */
  public static final String UNASSIGNED = Attribution.UNASSIGNED.key();

  private final LeadId leadId;
  private final Instant asOf;
  private final Attribution source;
  private final Attribution rep;
  private final Instant mqlAt;
  private final Instant firstResponseAt;
  private final Instant acceptedAt;
  private final LeadEvent.Rejected rejection;
  private final boolean rejectionWithoutAllowedReason;
  private final boolean hasLeadData;
  private final boolean countsTowardsQuota;
  private final Map<String, ObligationVerdict> verdicts;
  private final List<SlaAnomaly> anomalies;

  private LeadVerdicts(Builder b) {
    this.leadId = requireNonNull(b.leadId, "leadId");
    this.asOf = requireNonNull(b.asOf, "asOf");
    this.source = requireNonNull(b.source, "source");
    this.rep = requireNonNull(b.rep, "rep");
    this.mqlAt = b.mqlAt;
    this.firstResponseAt = b.firstResponseAt;
    this.acceptedAt = b.acceptedAt;
    this.rejection = b.rejection;
    this.rejectionWithoutAllowedReason = b.rejectionWithoutAllowedReason;
    this.hasLeadData = b.hasLeadData;
    this.countsTowardsQuota = b.countsTowardsQuota;
    Map<String, ObligationVerdict> v = requireNonNull(b.verdicts, "verdicts");
    // not copied: the callers (the evaluator, plusAnomaly) hand over a map nobody modifies afterwards
    this.verdicts = v instanceof VerdictMap ? v : Collections.unmodifiableMap(v);
    this.anomalies = List.copyOf(requireNonNull(b.anomalies, "anomalies"));
  }

  /**
   * A builder of the verdicts on {@code leadId} as of {@code asOf}: source, rep, verdicts and anomalies are
   * required; the instants and the rejection are absent unless set, the flags false.
   */
  static Builder builder(LeadId leadId, Instant asOf) {
    return new Builder(leadId, asOf);
  }

  /** A builder with every part of these verdicts, to change one. */
  private Builder toBuilder() {
    return builder(leadId, asOf).source(source).rep(rep).mqlAt(mqlAt).firstResponseAt(firstResponseAt)
        .acceptedAt(acceptedAt).rejection(rejection).rejectionWithoutAllowedReason(rejectionWithoutAllowedReason)
        .hasLeadData(hasLeadData).countsTowardsQuota(countsTowardsQuota).verdicts(verdicts).anomalies(anomalies);
  }

  /** Collects the parts of a {@link LeadVerdicts} by name; {@link #build} checks the required ones. */
  static final class Builder {
    private final LeadId leadId;
    private final Instant asOf;
    private Attribution source;
    private Attribution rep;
    private Instant mqlAt;
    private Instant firstResponseAt;
    private Instant acceptedAt;
    private LeadEvent.Rejected rejection;
    private boolean rejectionWithoutAllowedReason;
    private boolean hasLeadData;
    private boolean countsTowardsQuota;
    private Map<String, ObligationVerdict> verdicts;
    private List<SlaAnomaly> anomalies;

    private Builder(LeadId leadId, Instant asOf) {
      this.leadId = leadId;
      this.asOf = asOf;
    }

    Builder source(Attribution source) {
      this.source = source;
      return this;
    }

    Builder rep(Attribution rep) {
      this.rep = rep;
      return this;
    }

    /** The MQL instant, or null if the lead is not an MQL. */
    Builder mqlAt(Instant mqlAt) {
      this.mqlAt = mqlAt;
      return this;
    }

    /** The first contact at or after the MQL instant, or null. */
    Builder firstResponseAt(Instant firstResponseAt) {
      this.firstResponseAt = firstResponseAt;
      return this;
    }

    /** The first acceptance, or null. */
    Builder acceptedAt(Instant acceptedAt) {
      this.acceptedAt = acceptedAt;
      return this;
    }

    /** The rejection the review lists the lead by, or null. */
    Builder rejection(LeadEvent.Rejected rejection) {
      this.rejection = rejection;
      return this;
    }

    Builder rejectionWithoutAllowedReason(boolean rejectionWithoutAllowedReason) {
      this.rejectionWithoutAllowedReason = rejectionWithoutAllowedReason;
      return this;
    }

    Builder hasLeadData(boolean hasLeadData) {
      this.hasLeadData = hasLeadData;
      return this;
    }

    Builder countsTowardsQuota(boolean countsTowardsQuota) {
      this.countsTowardsQuota = countsTowardsQuota;
      return this;
    }

    /** The verdicts by key, handed over: not copied, and not to be modified afterwards. */
    Builder verdicts(Map<String, ObligationVerdict> verdicts) {
      this.verdicts = verdicts;
      return this;
    }

    /** The anomalies (copied by {@link #build}). */
    Builder anomalies(List<SlaAnomaly> anomalies) {
      this.anomalies = anomalies;
      return this;
    }

    LeadVerdicts build() {
      return new LeadVerdicts(this);
    }
  }

  /** The lead. */
  public LeadId leadId() {
    return leadId;
  }

  /** The evaluation instant. */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The key the reports group this lead under by source: the {@link Attribution#key() key} of the source code
   * from the history's creation event (the code itself, unless it reads like a label), or
   * {@link #UNKNOWN_SOURCE}. {@link #sourceCode()} is the code itself.
   */
  public String source() {
    return source.key();
  }

  /**
   * The key the reports group this lead under by rep: the {@link Attribution#key() key} of the rep the lead was
   * last assigned to as of the evaluation instant (the id itself, unless it reads like a label), or
   * {@link #UNASSIGNED}. {@link #repId()} is the id itself.
   */
  public String rep() {
    return rep.key();
  }

  /** The source code from the history's creation event, if it has one. */
  public Optional<String> sourceCode() {
    return source.name();
  }

  /** The rep the lead was last assigned to as of the evaluation instant, if it was assigned. */
  public Optional<String> repId() {
    return rep.name();
  }

  /** The group of the lead's source: its code, or {@link Attribution#UNKNOWN_SOURCE}. */
  public Attribution sourceAttribution() {
    return source;
  }

  /** The group of the lead's rep: its id, or {@link Attribution#UNASSIGNED}. */
  public Attribution repAttribution() {
    return rep;
  }

  /** When the lead became an MQL, if it did by the evaluation instant. */
  public Optional<Instant> mqlAt() {
    return Optional.ofNullable(mqlAt);
  }

  /** The first contact (attempt, connection or discovery call) at or after the MQL instant, if any. */
  public Optional<Instant> firstResponseAt() {
    return Optional.ofNullable(firstResponseAt);
  }

  /** When the lead was accepted as an SQL, if it was. */
  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  /** The first rejection lacking an allowed reason if there is one, else the first rejection, if any. */
  public Optional<LeadEvent.Rejected> rejection() {
    return Optional.ofNullable(rejection);
  }

  /** True if the lead was rejected with no reason, or with one outside the agreement's allowed set. */
  public boolean isRejectionWithoutAllowedReason() {
    return rejectionWithoutAllowedReason;
  }

  /** True if the lead's data was supplied. */
  public boolean hasLeadData() {
    return hasLeadData;
  }

  /** True if the lead is an MQL that counts towards the monthly quota (not known to fail the criteria). */
  public boolean countsTowardsQuota() {
    return countsTowardsQuota;
  }

  /** The verdicts by obligation key, in the agreement's order. */
  public Map<String, ObligationVerdict> verdicts() {
    return verdicts;
  }

  /** The verdict on the obligation of {@code key}, if the agreement has a per-lead obligation of that key. */
  public Optional<ObligationVerdict> verdict(String key) {
    return Optional.ofNullable(verdicts.get(requireNonNull(key, "key")));
  }

  /** The data anomalies found for this lead. */
  public List<SlaAnomaly> anomalies() {
    return anomalies;
  }

  /** These verdicts with one more anomaly (found across leads, e.g. a duplicate). */
  LeadVerdicts plusAnomaly(SlaAnomaly anomaly) {
    List<SlaAnomaly> more = new java.util.ArrayList<>(anomalies);
    more.add(anomaly);
    more.sort(null);
    return toBuilder().anomalies(more).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LeadVerdicts v && leadId.equals(v.leadId) && asOf.equals(v.asOf) && source.equals(v.source)
        && rep.equals(v.rep) && java.util.Objects.equals(mqlAt, v.mqlAt)
        && java.util.Objects.equals(firstResponseAt, v.firstResponseAt)
        && java.util.Objects.equals(acceptedAt, v.acceptedAt) && java.util.Objects.equals(rejection, v.rejection)
        && rejectionWithoutAllowedReason == v.rejectionWithoutAllowedReason && hasLeadData == v.hasLeadData
        && countsTowardsQuota == v.countsTowardsQuota && verdicts.equals(v.verdicts) && anomalies.equals(v.anomalies);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(leadId, asOf, source, rep, mqlAt, verdicts, anomalies);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Lead ").append(leadId).append(" (source ").append(source).append(", rep ")
        .append(rep).append(", MQL ").append(mqlAt == null ? "never" : mqlAt).append(") as of ").append(asOf);
    verdicts.values().forEach(v -> sb.append(String.format(java.util.Locale.ROOT, "%n  %-20s %-14s %s", v.key(),
        v.status(), v.reason())));
    anomalies.forEach(a -> sb.append("\n  ! ").append(a));
    return sb.toString();
  }
}
