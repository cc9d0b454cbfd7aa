package io.revops.io.profile;

import com.google.common.base.CaseFormat;

/**
 * The logical fields a profile maps to column headers; each is named in profiles by its lowerCamelCase
 * {@link #jsonName()} (e.g. {@code "createdAt"}).
 */
public enum Field {
  /** The lead's id (leads); the lead an activity belongs to (activities: Salesforce's {@code WHOID}). */
  LEAD_ID,
  /** When the lead or opportunity was created. */
  CREATED_AT,
  /** Where the lead came from: a channel name, mapped through the profile's {@code sources}. */
  SOURCE,
  /** The stage or status, mapped through the profile's {@code stages}. */
  STAGE,
  /** When the stage was reached (closing or last-change date); the creation time if empty. */
  STAGE_AT,
  /** A won amount (leads, opportunities) or a spend or MRR amount. */
  AMOUNT,
  /** The currency of the amount: an ISO 4217 code or a name mapped through {@code currencies}. */
  CURRENCY,
  /** The contact's full name. */
  CONTACT_NAME,
  /** The contact's first name (joined with the last and middle name if there is no full name). */
  FIRST_NAME,
  /** The contact's last name. */
  LAST_NAME,
  /** The contact's middle name (отчество). */
  MIDDLE_NAME,
  /** The company's name. */
  COMPANY,
  /** The contact's job title. */
  JOB_TITLE,
  /** The contact's phone. */
  PHONE,
  /** The contact's email. */
  EMAIL,
  /** Who owns the lead or did the activity. */
  OWNER,
  /** A rejection or loss reason, kept as text. */
  REASON,
  /** An opportunity's id (opportunities); the opportunity a lead was converted to (leads). */
  OPPORTUNITY_ID,
  /** Whether the opportunity is won ({@code true}/{@code false}), overriding the stage map. */
  WON,
  /** Whether the opportunity is closed; a closed opportunity not won is lost. */
  CLOSED,
  /** An activity's id. */
  ACTIVITY_ID,
  /** An activity's type, mapped through {@code activityTypes}. */
  TYPE,
  /** When an activity happened. */
  AT,
  /** A call's result or disposition, mapped through {@code outcomes}. */
  OUTCOME,
  /** A spend or MRR month ({@code yyyy-MM}, or a date in it). */
  MONTH,
  /** A spend channel (a lead source code). */
  CHANNEL,
  /** Whether a spend channel is paid ({@code true}) or organic. */
  PAID,
  /** {@code marketing} or {@code sales}. */
  DEPARTMENT,
  /** A customer's id (the id of the lead that became the customer). */
  CUSTOMER_ID;

  /** The field's name in profiles, e.g. {@code "createdAt"}. */
  public String jsonName() {
    return CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, name());
  }
}
