package io.revops.core.money;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Thrown when amounts in two different currencies are combined or compared without exchange rates.
 *
 * <p>The message names the parameter, both currencies and both amounts.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit expected;
  private final transient CurrencyUnit actual;
  // CurrencyUnit is not Serializable: the codes let a deserialized exception still answer expected()/actual()
  private final String expectedCode;
  private final String actualCode;

  CurrencyMismatchException(String parameter, MonetaryAmount expected, MonetaryAmount actual) {
    super(parameter + " must be in " + expected.getCurrency().getCurrencyCode() + " like "
        + Amounts.format(expected) + ", but is in " + actual.getCurrency().getCurrencyCode() + ": "
        + Amounts.format(actual) + " (pass ExchangeRates to combine currencies)");
    this.expected = expected.getCurrency();
    this.actual = actual.getCurrency();
    this.expectedCode = this.expected.getCurrencyCode();
    this.actualCode = this.actual.getCurrencyCode();
  }

  CurrencyMismatchException(String parameter, CurrencyUnit expected, MonetaryAmount actual) {
    super(parameter + " must be in " + expected.getCurrencyCode() + ", but is in "
        + actual.getCurrency().getCurrencyCode() + ": " + Amounts.format(actual)
        + " (pass ExchangeRates to combine currencies)");
    this.expected = expected;
    this.actual = actual.getCurrency();
    this.expectedCode = this.expected.getCurrencyCode();
    this.actualCode = this.actual.getCurrencyCode();
  }

  /** The currency that was expected. */
  public CurrencyUnit expected() {
    return expected != null ? expected : Amounts.currency(expectedCode);
  }

  /** The currency that was found. */
  public CurrencyUnit actual() {
    return actual != null ? actual : Amounts.currency(actualCode);
  }
}
