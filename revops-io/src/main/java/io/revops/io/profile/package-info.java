/**
 * Profiles: declarative descriptions of a CRM export, themselves JSON documents in the project's JSON
 * dialect (lowerCamelCase fields, enum-like values as lowercase snake_case strings read case-insensitively,
 * unknown fields rejected with the JSON path and the rule). {@link io.revops.io.profile.Profiles} reads them
 * and holds the four built-in ones; a user copies a built-in profile ({@code profiles/amocrm.json} in this
 * package's resources) and edits it.
 *
 * <p>A profile lists {@link io.revops.io.profile.FileSpec files}, each with a {@link io.revops.io.profile.Role}
 * (leads, activities, opportunities, spend, MRR), its delimiter and encoding (or {@code detect}), the header
 * of each logical {@link io.revops.io.profile.Field} (or the headers it may have: an export's labels and the
 * CRM's internal names), date-time patterns read in the profile's zone, the number
 * format, constants and value maps (stage → {@link io.revops.io.profile.StageMeaning}, activity type →
 * {@link io.revops.io.profile.ActivityMeaning}, call result, channel and currency names), and wide date columns
 * that each stand for an event (HubSpot's "Became a … Date"), and, for deals, what a deal without a lead is
 * ({@link io.revops.io.profile.WithoutLead}). An input file is matched to the file of the
 * profile whose headers it has.
 */
@NullMarked
package io.revops.io.profile;

import org.jspecify.annotations.NullMarked;
