package io.revops.examples.embedding;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import java.util.Optional;

/**
 * The host-owned translation from CRM records to revops types: the CRM knows its own fields, revops knows
 * leads and lead events, and only this mapping knows both. A host implements it once (or configures
 * {@link ExampleCrmMapping}); it must be free of side effects so that one instance can serve every request.
 */
public interface CrmMapping {
  /**
   * The lead a lead record describes.
   *
   * @throws IllegalArgumentException if the record cannot be mapped, naming the field, value and rule
   */
  Lead lead(CrmRecord leadRecord);

  /**
   * The creation event of the lead a lead record describes (when and from which source it came).
   *
   * @throws IllegalArgumentException if the record cannot be mapped, naming the field, value and rule
   */
  LeadEvent created(CrmRecord leadRecord);

  /**
   * The lead event an activity record describes, or empty for activities revops does not track (notes,
   * tasks).
   *
   * @throws IllegalArgumentException if the record cannot be mapped, naming the field, value and rule
   */
  Optional<LeadEvent> event(CrmRecord leadRecord, CrmRecord activity);
}
