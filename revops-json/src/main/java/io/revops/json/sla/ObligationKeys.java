package io.revops.json.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.json.JsonCursor;
import io.revops.json.JsonPathException;
import io.revops.sla.Obligation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON spelling of an obligation key, one rule for every document that keys figures or verdicts by
 * obligation: the SLA report, the review packs, the what-if, an evaluation's verdicts, and any other report
 * written in the revops dialect (the examples' {@code report.json}). An agreement keys its obligations by kind
 * in kebab case ({@code "first-contact"}, and {@code "first-contact#2"} for a kind's second obligation); the
 * dialect writes every value in lower snake case, so the JSON key is the agreement's with {@code '-'} as
 * {@code '_'} ({@code "first_contact"}, {@code "first_contact#2"}).
 *
 * <p>Reading takes the snake-case spelling in any letter case ({@code "FIRST_CONTACT"}) and only it: the
 * agreement's own spelling {@code "first-contact"} is another dialect's and is rejected with its JSON path and
 * the spelling to write instead. (Documents written before the dialect was made one, such as an earlier
 * {@code report.json}, spelled some keys the agreement's way: they read once their keys are rewritten with
 * {@code '_'}.)
 *
 * <p>Cost: a match of a short pattern per key. This class is immutable and thread-safe.
 */
public final class ObligationKeys {
  /** The longest key either way: an obligation kind is short, and a suffix at most {@code #999999999}. */
  private static final int MAX_LENGTH = 64;
  private static final Pattern AGREEMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(#[1-9][0-9]{0,8})?");
  private static final Pattern JSON = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*(#[1-9][0-9]{0,8})?");
  /** The agreement's spelling of every obligation kind. */
  private static final Set<String> KINDS = Arrays.stream(Obligation.Type.values()).map(Obligation.Type::kind)
      .collect(Collectors.toUnmodifiableSet());
  /** The JSON spelling of every obligation kind, quoted, for messages. */
  private static final String JSON_KINDS = Arrays.stream(Obligation.Type.values())
      .map(t -> "\"" + t.kind().replace('-', '_') + "\"").collect(Collectors.joining(", "));

  private ObligationKeys() {}

  /**
   * The JSON spelling of an agreement's obligation key: {@code "first-contact#2"} is {@code "first_contact#2"}.
   *
   * @param key an obligation key as an agreement gives it ({@link io.revops.sla.SlaAgreement#obligationsByKey()})
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code key} is not an agreement's obligation key (lower-case kebab case
   *     of a known kind with an optional {@code #n} suffix, at most 64 characters)
   */
  public static String toJson(String key) {
    requireNonNull(key, "key");
    if (key.length() > MAX_LENGTH || !AGREEMENT.matcher(key).matches() || !KINDS.contains(kind(key))) {
      throw new IllegalArgumentException("key must be an agreement's obligation key, a kind (" + String.join(", ",
          KINDS.stream().sorted().toList()) + ") with an optional #2, #3…, got \"" + Quote.bounded(key) + "\"");
    }
    return key.replace('-', '_');
  }

  /**
   * Reads a JSON object's key naming an obligation ({@code "first_contact"}, {@code "first_contact#2"}, in any
   * letter case) as the agreement's key ({@code "first-contact"}, {@code "first-contact#2"}).
   *
   * @param in the cursor, standing on the value of the field named {@code key} (or on a string holding it):
   *     a failure is reported at its path
   * @param key the key as written
   * @throws JsonPathException if {@code key} is not an obligation kind in lower snake case with an optional
   *     {@code #n}, with the spelling to write instead when it is the agreement's kebab case
   *     ({@code "first-contact"})
   */
  public static String fromJson(JsonCursor in, String key) throws JsonPathException {
    requireNonNull(in, "in");
    requireNonNull(key, "key");
    String lower = key.length() <= MAX_LENGTH ? key.toLowerCase(Locale.ROOT) : key;
    boolean bounded = lower.length() <= MAX_LENGTH;
    String agreementKey = lower.replace('_', '-');
    if (!bounded || !JSON.matcher(lower).matches() || !KINDS.contains(kind(agreementKey))) {
      String rule = "expected an obligation key in lower snake case such as \"first_contact\" or "
          + "\"first_contact#2\" (a kind: " + JSON_KINDS + "), got \"" + Quote.bounded(key) + "\"";
      if (bounded && AGREEMENT.matcher(lower).matches() && KINDS.contains(kind(lower))) {
        rule += "; the agreement's spelling is not the JSON's: write \"" + lower.replace('-', '_') + "\"";
      }
      throw in.fail(rule);
    }
    return agreementKey;
  }

  /** The kind of an agreement's key: the key without its {@code #n}. */
  private static String kind(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? key : key.substring(0, hash);
  }
}
