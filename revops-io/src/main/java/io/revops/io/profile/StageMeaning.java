package io.revops.io.profile;

/**
 * What a stage or status of the CRM means for the lead's history, the value of a profile's {@code stages} and
 * {@code dateEvents} maps ({@code "won"}, {@code "accepted_as_sql"}, …).
 */
public enum StageMeaning {
  /** Still in progress: no event beyond the creation. */
  OPEN,
  /** The lead became a marketing qualified lead. */
  BECAME_MQL,
  /** Sales accepted the lead as a sales qualified lead (Bitrix24 "Сконвертирован", Salesforce converted). */
  ACCEPTED_AS_SQL,
  /** Sales rejected the lead; the stage name (or the reason column) is kept as the reason text. */
  REJECTED,
  /** An opportunity was opened. */
  OPPORTUNITY_CREATED,
  /** Won, with the row's amount (amoCRM "Успешно реализовано"). */
  WON,
  /** Lost (amoCRM "Закрыто и не реализовано"). */
  LOST
}
