package io.revops.io.profile;

/**
 * What an {@code opportunities} file's deal that names no lead of the leads file is, the value of a file's
 * {@code withoutLead} field. A deal whose lead column names a lead that is not in the leads file is always a
 * finding: the files disagree.
 */
public enum WithoutLead {
  /**
   * Rejected (a finding): every opportunity must be linked to a lead read (Salesforce: an opportunity is the
   * converted opportunity of a lead).
   */
  REJECT,
  /**
   * A lead of its own, created with the deal (Bitrix24 and HubSpot deals made straight from a contact or a
   * company, or the deal list read without a lead list): its id is the file's {@code ownLeadIdPrefix} and the
   * deal's id.
   */
  OWN_LEAD
}
