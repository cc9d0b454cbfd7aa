/**
 * Embedding revops in a CRM plugin: a host-owned {@link io.revops.examples.embedding.CrmMapping} from the
 * CRM's records to revops types and a {@link io.revops.examples.embedding.CrmPlugin} that qualifies a lead and
 * evaluates the SLA for it per request — no static state, no threads, no clock, no files or network.
 */
@NullMarked
package io.revops.examples.embedding;

import org.jspecify.annotations.NullMarked;
