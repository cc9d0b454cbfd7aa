package io.revops.json;

import io.revops.core.batch.Quote;
import io.revops.core.money.Amounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The dialect's amounts of money and currency codes, read by {@link JsonCursor#money()},
 * {@link JsonCursor#nonNegativeMoney()} and {@link JsonCursor#currency()}.
 *
 * <p>Cost: a currency is looked up once per code (the code's string shared from value to value where the
 * cursor keeps recurring texts); no lambda per amount. This class is stateless but for that thread-safe table.
 */
final class MoneyFields {
  private static final Map<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();
  private static final String CODE = "an ISO 4217 currency code such as \"RUB\"";
  private static final FieldNames FIELDS = FieldNames.of("amount", "currency");

  private MoneyFields() {}

  /** An ISO 4217 currency code, {@code "RUB"}: three letters, looked up once per code. */
  static CurrencyUnit currency(JsonCursor in) throws IOException {
    String code = in.recurring(CODE);
    CurrencyUnit known = CURRENCIES.get(code);
    if (known != null) {
      return known;
    }
    if (code.length() != 3 || !Character.isLetter(code.charAt(0)) || !Character.isLetter(code.charAt(1))
        || !Character.isLetter(code.charAt(2))) {
      throw in.expected(CODE + " (three letters)");
    }
    CurrencyUnit unit = in.build(() -> Amounts.currency(code.toUpperCase(Locale.ROOT)));
    CURRENCIES.put(code, unit);
    return unit;
  }

  /** An amount of money, {@code {"amount": 500000.00, "currency": "RUB"}}. */
  static MonetaryAmount money(JsonCursor in) throws IOException {
    in.beginObject("an amount {\"amount\": 500000.00, \"currency\": \"RUB\"}");
    BigDecimal amount = null;
    CurrencyUnit currency = null;
    for (String f = in.nextField(FIELDS); f != null; f = in.nextField(FIELDS)) {
      switch (f) {
        case "amount" -> amount = in.decimal("an amount");
        case "currency" -> currency = currency(in);
        default -> throw in.unknownField(FIELDS);
      }
    }
    if (amount == null) {
      throw in.missing("amount", "a JSON number");
    }
    if (currency == null) {
      throw in.missing("currency", CODE);
    }
    try {
      return Amounts.of(amount, currency);
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  /** An amount of money that is not negative. */
  static MonetaryAmount nonNegativeMoney(JsonCursor in) throws IOException {
    MonetaryAmount m = money(in);
    if (m.isNegative()) {
      String shown = Quote.bounded(m.getNumber());
      throw in.failBelow(".amount", shown, "amount must not be negative: " + shown);
    }
    return m;
  }
}
