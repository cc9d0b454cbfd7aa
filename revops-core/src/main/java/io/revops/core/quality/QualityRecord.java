package io.revops.core.quality;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What data quality looks at in one lead: its contact's name, email and phone, its company's name
 * and INN (ИНН, when the source has one; {@link Lead} has none), and when its data was last verified.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QualityRecord {
  private final LeadId id;
  private final String name;
  private final String email;
  private final String phone;
  private final String company;
  private final String inn;
  private final Instant verifiedAt;

  private QualityRecord(LeadId id, String name, String email, String phone, String company,
      String inn, Instant verifiedAt) {
    this.id = requireNonNull(id, "id");
    this.name = blankToNull("name", name);
    this.email = blankToNull("email", email);
    this.phone = blankToNull("phone", phone);
    this.company = blankToNull("company", company);
    this.inn = blankToNull("inn", inn);
    this.verifiedAt = verifiedAt;
  }

  private static String blankToNull(String parameter, String s) {
    return s == null || s.isBlank() ? null : Args.maxLength(parameter, s, Args.MAX_TEXT_LENGTH).strip();
  }

  /**
   * The record of a lead, without an INN.
   *
   * @param lead the lead
   * @return its record
   */
  public static QualityRecord of(Lead lead) {
    requireNonNull(lead, "lead");
    Contact c = lead.contact();
    return new QualityRecord(lead.id(), c.name().orElse(null), c.email().orElse(null),
        c.phone().orElse(null), lead.company().map(Company::name).orElse(null), null,
        lead.dataVerifiedAt().orElse(null));
  }

  /**
   * A record from its fields; any but {@code id} may be null or blank for unknown.
   *
   * @param id the lead's id
   * @param name the contact's name
   * @param email the contact's email
   * @param phone the contact's phone
   * @param company the company's name
   * @param inn the company's INN as the source writes it
   * @param verifiedAt when the data was last verified
   * @return the record
   */
  public static QualityRecord of(LeadId id, @Nullable String name, @Nullable String email, @Nullable String phone,
      @Nullable String company, @Nullable String inn, @Nullable Instant verifiedAt) {
    return new QualityRecord(id, name, email, phone, company, inn, verifiedAt);
  }

  /**
   * This record with the company's INN as the source writes it (checked by {@link DataQuality}).
   *
   * @param inn the INN, null or blank for unknown
   * @return the record
   */
  public QualityRecord withInn(@Nullable String inn) {
    return new QualityRecord(id, name, email, phone, company, inn, verifiedAt);
  }

  /** @return the lead's id */
  public LeadId id() {
    return id;
  }

  /** @return the contact's name */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** @return the contact's email */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** @return the contact's phone */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** @return the company's name */
  public Optional<String> company() {
    return Optional.ofNullable(company);
  }

  /** @return the company's INN as written */
  public Optional<String> inn() {
    return Optional.ofNullable(inn);
  }

  /** @return when the data was last verified */
  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QualityRecord r && id.equals(r.id) && Objects.equals(name, r.name)
        && Objects.equals(email, r.email) && Objects.equals(phone, r.phone)
        && Objects.equals(company, r.company) && Objects.equals(inn, r.inn)
        && Objects.equals(verifiedAt, r.verifiedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, email, phone, company, inn, verifiedAt);
  }

  @Override
  public String toString() {
    return id + " " + name + " <" + email + "> " + phone + " @ " + company
        + (inn == null ? "" : " INN " + inn) + (verifiedAt == null ? "" : " verified " + verifiedAt);
  }
}
