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
 * <p>Cost: one libphonenumber parse, a few microseconds. This class is immutable and thread-safe.
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
}
