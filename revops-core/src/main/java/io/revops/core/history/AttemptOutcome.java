package io.revops.core.history;

/** What came of one contact attempt. */
public enum AttemptOutcome {
  /** Nobody answered. */
  NO_ANSWER,
  /** A voicemail or message was left. */
  LEFT_MESSAGE,
  /** The message (email, LinkedIn) was sent. */
  SENT,
  /** The contact was reached. */
  REACHED,
  /** The phone number or address was wrong. */
  WRONG_CONTACT,
  /** Something else. */
  OTHER
}
