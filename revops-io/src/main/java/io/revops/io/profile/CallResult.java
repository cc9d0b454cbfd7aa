package io.revops.io.profile;

/**
 * What came of a contact attempt, the value of a profile's {@code outcomes} map: {@link #CONNECTED} makes the
 * attempt a connection (Salesforce's {@code Connected} disposition); the others are the attempt's outcome.
 */
public enum CallResult {
  /** The contact was reached: a connection. */
  CONNECTED,
  /** Nobody answered. */
  NO_ANSWER,
  /** A voicemail or message was left. */
  LEFT_MESSAGE,
  /** The message was sent. */
  SENT,
  /** The number or address was wrong. */
  WRONG_CONTACT,
  /** Something else. */
  OTHER
}
