package io.revops.io.profile;

/** What an activity type of the CRM is, the value of a profile's {@code activityTypes} map. */
public enum ActivityMeaning {
  /** A phone contact attempt (Salesforce {@code Call}). */
  PHONE,
  /** An email contact attempt (Salesforce {@code Email}). */
  EMAIL,
  /** A LinkedIn contact attempt. */
  LINKEDIN,
  /** A contact attempt on another channel. */
  OTHER,
  /** A discovery call. */
  DISCOVERY_CALL,
  /** Not a lead event (a to-do, a meeting note): counted as read, not imported. */
  IGNORED
}
