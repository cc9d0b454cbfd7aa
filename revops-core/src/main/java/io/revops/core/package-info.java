/**
 * revops core: the vocabulary every other revops module speaks.
 *
 * <ul>
 *   <li>{@link io.revops.core.money} — exact rates and ratios, money helpers over JSR 354
 *       {@code MonetaryAmount}, and caller-supplied exchange rates;</li>
 *   <li>{@link io.revops.core.funnel} — lifecycle stages, the bowtie and the flywheel;</li>
 *   <li>{@link io.revops.core.lead} — companies, contacts, behaviour and BANT answers of a lead;</li>
 *   <li>{@link io.revops.core.history} — the ordered, immutable event history of a lead, with the
 *       anomalies found while building it.</li>
 * </ul>
 *
 * <p>Nothing in this package tree reads the wall clock, the default time zone, the default locale or
 * the network: every "as of" is a parameter.
 */
package io.revops.core;
