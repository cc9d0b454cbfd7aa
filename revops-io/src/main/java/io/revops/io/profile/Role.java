package io.revops.io.profile;

import java.util.EnumSet;
import java.util.Set;

/** What the rows of one file of an export are. Files are read in this order, so leads are known first. */
public enum Role {
  /** One row per lead (an amoCRM or Bitrix24 deal, a Bitrix24 lead, a HubSpot contact, a Salesforce lead). */
  LEADS(EnumSet.of(Field.LEAD_ID, Field.CREATED_AT)),
  /** One row per activity of a lead (a Salesforce task). */
  ACTIVITIES(EnumSet.of(Field.ACTIVITY_ID, Field.LEAD_ID, Field.TYPE, Field.AT)),
  /** One row per opportunity, linked to its lead through the leads file's {@link Field#OPPORTUNITY_ID}. */
  OPPORTUNITIES(EnumSet.of(Field.OPPORTUNITY_ID, Field.CREATED_AT)),
  /** One row per month, channel and department of acquisition spend. */
  SPEND(EnumSet.of(Field.MONTH, Field.DEPARTMENT, Field.AMOUNT)),
  /** One row per customer and month of recurring revenue. */
  MRR(EnumSet.of(Field.CUSTOMER_ID, Field.MONTH, Field.AMOUNT));

  private final Set<Field> required;

  Role(Set<Field> required) {
    this.required = required;
  }

  /** The fields a file of this role must map to a column. */
  public Set<Field> required() {
    return EnumSet.copyOf(required);
  }

  /** The role's name in profiles, e.g. {@code "leads"}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
