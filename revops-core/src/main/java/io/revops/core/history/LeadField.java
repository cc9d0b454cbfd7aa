package io.revops.core.history;

/** A field of a lead's data, as named by a {@link LeadEvent.DataChanged} event and the SLA's completeness check. */
public enum LeadField {
  /** The contact's name. */
  NAME,
  /** The company. */
  COMPANY,
  /** The contact's job title. */
  JOB_TITLE,
  /** The phone number. */
  PHONE,
  /** The email address. */
  EMAIL,
  /** The lead source. */
  SOURCE,
  /** Firmographic data: employees, revenue, industry, city. */
  FIRMOGRAPHICS,
  /** BANT answers. */
  BANT,
  /** Anything else. */
  OTHER
}
