package io.revops.core.lead;

import io.revops.core.batch.Quote;
import io.revops.core.check.Args;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The person behind a lead: name, job title, phone and email, each possibly unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contact {
  private static final Contact UNKNOWN = new Contact(null, null, null, null);

  private final String name;
  private final String jobTitle;
  private final String phone;
  private final String email;

  private Contact(String name, String jobTitle, String phone, String email) {
    this.name = clean("name", name);
    this.jobTitle = clean("jobTitle", jobTitle);
    this.phone = clean("phone", phone);
    this.email = clean("email", email);
    if (this.email != null && (this.email.indexOf('@') <= 0 || this.email.indexOf('@') == this.email.length() - 1)) {
      throw new IllegalArgumentException("email must look like name@domain: \"" + Quote.bounded(email) + "\"");
    }
  }

  private static String clean(String field, String s) {
    return s == null || s.isBlank() ? null : Args.maxLength(field, s.trim(), Args.MAX_TEXT_LENGTH);
  }

  /** A contact about whom nothing is known. */
  public static Contact unknown() {
    return UNKNOWN;
  }

  /**
   * A contact; any argument may be null or blank for unknown.
   *
   * @throws IllegalArgumentException if a value is longer than {@value Args#MAX_TEXT_LENGTH} characters or the
   *     email has no {@code @} between a name and a domain
   */
  public static Contact of(@Nullable String name, @Nullable String jobTitle, @Nullable String phone,
      @Nullable String email) {
    return new Contact(name, jobTitle, phone, email);
  }

  /** This contact with {@code name}. */
  public Contact withName(@Nullable String name) {
    return new Contact(name, jobTitle, phone, email);
  }

  /** This contact with {@code jobTitle}. */
  public Contact withJobTitle(@Nullable String jobTitle) {
    return new Contact(name, jobTitle, phone, email);
  }

  /** This contact with {@code phone}. */
  public Contact withPhone(@Nullable String phone) {
    return new Contact(name, jobTitle, phone, email);
  }

  /** This contact with {@code email}. */
  public Contact withEmail(@Nullable String email) {
    return new Contact(name, jobTitle, phone, email);
  }

  /** The person's name, if known. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The job title, if known. */
  public Optional<String> jobTitle() {
    return Optional.ofNullable(jobTitle);
  }

  /** The phone number, if known. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** The email address, if known. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Contact c && Objects.equals(name, c.name) && Objects.equals(jobTitle, c.jobTitle)
        && Objects.equals(phone, c.phone) && Objects.equals(email, c.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, jobTitle, phone, email);
  }

  @Override
  public String toString() {
    return (name == null ? "?" : name) + " (" + (jobTitle == null ? "?" : jobTitle) + ", "
        + (phone == null ? "no phone" : phone) + ", " + (email == null ? "no email" : email) + ")";
  }
}
