/**
 * revops-io: files in, revops' domain types out, as a stream.
 *
 * <ul>
 *   <li>{@link io.revops.io.csv} reads CSV as the CRMs and Excel write it: the charset detected (a byte order
 *       mark, else valid UTF-8, else Windows-1251), the delimiter detected, quoting with a trailing delimiter,
 *       and every damaged row reported as a {@link io.revops.core.batch.Finding} while the rest is read.</li>
 *   <li>{@link io.revops.io.profile} describes an export declaratively, as a JSON document: its files and
 *       their roles, the header of each logical field, date and number formats, the zone of local times,
 *       constants and value maps. Four profiles are built in: {@code amocrm}, {@code bitrix24},
 *       {@code hubspot} and {@code salesforce}.</li>
 *   <li>{@link io.revops.io.crm} turns the rows of an export into leads, lead events, spend and MRR records
 *       through a profile.</li>
 * </ul>
 *
 * <p>Every reader follows the design of {@link io.revops.core.batch}: good records are handed out as a stream
 * (memory does not grow with the file), each bad row is a finding given to a {@code Consumer<Finding>}, and
 * only an input that cannot be read at all is an exception.
 */
@NullMarked
package io.revops.io;

import org.jspecify.annotations.NullMarked;
