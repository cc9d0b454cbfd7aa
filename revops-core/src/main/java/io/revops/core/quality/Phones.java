package io.revops.core.quality;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * The matching key of a phone number: its E.164 form, read with Google's libphonenumber in a
 * default region, so that {@code +7 (495) 000-00-00}, {@code 8 495 000 00 00}, {@code 84950000000}
 * and {@code +74950000000} share a key in region {@code RU}, and an international number written
 * with {@code +} or the region's international prefix (810 in Russia) is read in its own country. A number libphonenumber
 * cannot parse or whose length is impossible for its country has no key; extensions are ignored.
 *
 * <p>Cost: a libphonenumber parse takes some 6 µs, most of the time of a data-quality check, so
 * the two commonest Russian shapes skip it: {@code +7} and ten digits whose first is 3-9, and in
 * region {@code RU} {@code 8} and ten such digits, with only spaces, hyphens, dots and parentheses
 * between them, are keyed directly as {@code +7} and the ten digits, which is what libphonenumber
 * answers for them (a property test checks it); everything else goes to libphonenumber.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Phones {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String region;

  Phones(String region) {
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException("defaultRegion must be a region libphonenumber supports, "
          + "an ISO 3166-1 alpha-2 code such as RU: \"" + io.revops.core.batch.Quote.bounded(region) + "\"");
    }
    this.region = region;
  }

  String region() {
    return region;
  }

  /** The E.164 key, empty if the number cannot be read. */
  Optional<String> key(String phone) {
    String fast = russian(phone);
    return fast != null ? Optional.of(fast) : viaLibphonenumber(phone);
  }

  /** The E.164 key as libphonenumber reads it, empty if it cannot. */
  Optional<String> viaLibphonenumber(String phone) {
    PhoneNumber p;
    try {
      p = UTIL.parse(phone, region);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    if (!UTIL.isPossibleNumber(p)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(16).append('+').append(p.getCountryCode());
    if (p.isItalianLeadingZero()) {
      sb.append("0".repeat(Math.max(1, p.getNumberOfLeadingZeros())));
    }
    return Optional.of(sb.append(p.getNationalNumber()).toString());
  }

  /** The E.164 form of the commonest Russian shapes (see the class note), else null. */
  private String russian(String phone) {
    char[] digits = new char[12];
    digits[0] = '+';
    digits[1] = '7';
    int n = 0;
    int start;
    if (phone.startsWith("+7")) {
      start = 2;
    } else if (phone.startsWith("8") && region.equals("RU")) {
      start = 1;
    } else {
      return null;
    }
    for (int i = start; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        if (n == 10) {
          return null;
        }
        digits[2 + n++] = c;
      } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
        return null;
      }
    }
    return n == 10 && digits[2] >= '3' ? new String(digits) : null;
  }
}
