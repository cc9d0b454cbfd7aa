package io.revops.json;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The streaming decoders of the revops types that JSON Lines files carry, for {@link JsonLines}; the Jackson
 * module's deserializers of the same types delegate to them, so each rule is written once.
 *
 * <pre>{@code
 * try (JsonLines<LeadEvent> events = JsonLines.read(in, "events.jsonl", Decoders.LEAD_EVENT, findings)) {
 *   events.forEachRemaining(accumulator::add);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decoders {
  private Decoders() {}

  /** A {@link LeadEvent} of any type, discriminated by {@code "type"}. */
  public static final JsonDecoder<LeadEvent> LEAD_EVENT = EventDecoders::leadEvent;
  /** A {@link Lead}. */
  public static final JsonDecoder<Lead> LEAD = LeadDecoders::lead;
  /** An amount of money, {@code {"amount": 500000.00, "currency": "RUB"}}. */
  public static final JsonDecoder<MonetaryAmount> MONEY = JsonCursor::money;
  /** An amount of money that is not negative. */
  public static final JsonDecoder<MonetaryAmount> NON_NEGATIVE_MONEY = JsonCursor::nonNegativeMoney;
  /** A rejection reason, {@code {"code": "no_budget"}} or {@code {"code": "other", "text": "..."}}. */
  public static final JsonDecoder<io.revops.core.history.RejectionReason> REJECTION_REASON =
      EventDecoders::rejectionReason;
  /** An ISO 4217 currency code, {@code "RUB"}. */
  public static final JsonDecoder<CurrencyUnit> CURRENCY = JsonCursor::currency;
}
