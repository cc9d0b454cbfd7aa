package io.revops.core.lead;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A lead as qualification sees it: who (company, contact), from where (source), what it did
 * (behaviour, ordered by time) and what it answered (BANT), plus when its data was last verified.
 *
 * <pre>{@code
 * Lead lead = Lead.builder(LeadId.of("L-1"))
 *     .company(Company.builder("Uralmash").employees(1200).industry(Industry.MANUFACTURING).build())
 *     .contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
 *     .source(LeadSource.of("webinar"))
 *     .behaviour(BehaviouralEvent.siteVisit(Instant.parse("2026-11-20T09:00:00Z"), PageKind.PRICING))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lead {
  private final LeadId id;
  private final Company company;
  private final Contact contact;
  private final LeadSource source;
  private final List<BehaviouralEvent> behaviour;
  private final Bant bant;
  private final Instant dataVerifiedAt;

  private Lead(Builder b) {
    this.id = requireNonNull(b.id, "leadId");
    this.company = b.company;
    this.contact = requireNonNull(b.contact, "contact");
    this.source = b.source;
    this.behaviour = inOrder(b.behaviour);
    this.bant = requireNonNull(b.bant, "bant");
    this.dataVerifiedAt = b.dataVerifiedAt;
  }

  /**
   * {@code events} in their natural order. Natural order breaks ties by kind and content, so equal leads do not
   * depend on the order of adding. Events added in strictly increasing time (what a CRM export writes) are in
   * that order already and are copied without sorting: the sort's tie-breaks render events as text.
   */
  private static List<BehaviouralEvent> inOrder(List<BehaviouralEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (!events.get(i - 1).at().isBefore(events.get(i).at())) {
        List<BehaviouralEvent> sorted = new ArrayList<>(events);
        sorted.sort(null);
        return List.copyOf(sorted);
      }
    }
    return List.copyOf(events);
  }

  /** A builder for the lead {@code id}. */
  public static Builder builder(LeadId id) {
    return new Builder(id);
  }

  /** A builder for the lead {@code id}. */
  public static Builder builder(String id) {
    return new Builder(LeadId.of(id));
  }

  /** A builder pre-filled with this lead's data. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.company = company;
    b.contact = contact;
    b.source = source;
    b.behaviour.addAll(behaviour);
    b.bant = bant;
    b.dataVerifiedAt = dataVerifiedAt;
    return b;
  }

  /** The lead's id. */
  public LeadId id() {
    return id;
  }

  /** The company, if known. */
  public Optional<Company> company() {
    return Optional.ofNullable(company);
  }

  /** The contact person (possibly with every field unknown). */
  public Contact contact() {
    return contact;
  }

  /** Where the lead came from, if known. */
  public Optional<LeadSource> source() {
    return Optional.ofNullable(source);
  }

  /** Everything the lead did, ordered by time (then by kind and content, for a stable order). */
  public List<BehaviouralEvent> behaviour() {
    return behaviour;
  }

  /** The behaviour of one kind, e.g. {@code behaviour(SiteVisit.class)}, ordered by time. */
  public <T extends BehaviouralEvent> List<T> behaviour(Class<T> kind) {
    requireNonNull(kind, "kind");
    // a loop, not a stream: criteria call this for every lead they qualify
    List<T> out = new ArrayList<>(behaviour.size());
    for (BehaviouralEvent e : behaviour) {
      if (kind.isInstance(e)) {
        out.add(kind.cast(e));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** The BANT answers. */
  public Bant bant() {
    return bant;
  }

  /** When the lead's data was last verified, if known. */
  public Optional<Instant> dataVerifiedAt() {
    return Optional.ofNullable(dataVerifiedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lead l && id.equals(l.id) && Objects.equals(company, l.company) && contact.equals(l.contact)
        && Objects.equals(source, l.source) && behaviour.equals(l.behaviour) && bant.equals(l.bant)
        && Objects.equals(dataVerifiedAt, l.dataVerifiedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, company, contact, source, behaviour, bant, dataVerifiedAt);
  }

  @Override
  public String toString() {
    return "Lead " + id + ": " + (company == null ? "company unknown" : company) + "; " + contact + "; source="
        + (source == null ? "?" : source) + "; " + behaviour.size() + " behavioural events; " + bant
        + (dataVerifiedAt == null ? "" : "; data verified " + dataVerifiedAt);
  }

  /** Collects a lead's data; unset fields stay unknown. */
  public static final class Builder {
    private final LeadId id;
    private Company company;
    private Contact contact = Contact.unknown();
    private LeadSource source;
    private final List<BehaviouralEvent> behaviour = new ArrayList<>();
    private Bant bant = Bant.unknown();
    private Instant dataVerifiedAt;

    private Builder(LeadId id) {
      this.id = requireNonNull(id, "leadId");
    }

    /** Sets the company. */
    public Builder company(Company company) {
      this.company = requireNonNull(company, "company");
      return this;
    }

    /** Sets the contact. */
    public Builder contact(Contact contact) {
      this.contact = requireNonNull(contact, "contact");
      return this;
    }

    /** Sets the source. */
    public Builder source(LeadSource source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /** Sets the source by code. */
    public Builder source(String source) {
      return source(LeadSource.of(source));
    }

    /** Adds behavioural events. */
    public Builder behaviour(BehaviouralEvent... events) {
      for (BehaviouralEvent e : events) {
        behaviour.add(requireNonNull(e, "behaviour"));
      }
      return this;
    }

    /** Adds behavioural events. */
    public Builder behaviour(Iterable<? extends BehaviouralEvent> events) {
      for (BehaviouralEvent e : events) {
        behaviour.add(requireNonNull(e, "behaviour"));
      }
      return this;
    }

    /** Sets the BANT answers. */
    public Builder bant(Bant bant) {
      this.bant = requireNonNull(bant, "bant");
      return this;
    }

    /** Sets when the data was last verified. */
    public Builder dataVerifiedAt(Instant at) {
      this.dataVerifiedAt = requireNonNull(at, "dataVerifiedAt");
      return this;
    }

    /** The lead. */
    public Lead build() {
      return new Lead(this);
    }
  }
}
