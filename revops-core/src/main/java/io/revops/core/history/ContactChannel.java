package io.revops.core.history;

/** The channel of a contact attempt. The handbook's SLA allows phone, email and LinkedIn. */
public enum ContactChannel {
  /** A phone call. */
  PHONE,
  /** An email. */
  EMAIL,
  /** A LinkedIn message. */
  LINKEDIN,
  /** Any other channel (messenger, SMS, visit). */
  OTHER
}
