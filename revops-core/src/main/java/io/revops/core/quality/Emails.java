package io.revops.core.quality;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matching key of an email address: lower case (ASCII rules, no locale), the domain's aliases
 * folded ({@code googlemail.com} is {@code gmail.com}, {@code ya.ru} is {@code yandex.ru}),
 * plus-addressing ({@code name+tag@}) removed only for the providers that document it as
 * delivering to the same mailbox (Gmail, Yandex, Outlook/Hotmail, iCloud, Proton, Fastmail), and dots
 * in the local part removed only for Gmail, which ignores them. Other providers treat {@code +} and
 * dots as part of the address, so they are kept.
 *
 * <p>Cost: one pass over the address.
 */
final class Emails {
  private static final Map<String, String> ALIASES = Map.of(
      "googlemail.com", "gmail.com",
      "ya.ru", "yandex.ru",
      "yandex.com", "yandex.ru",
      "hotmail.com", "outlook.com",
      "live.com", "outlook.com",
      "me.com", "icloud.com",
      "protonmail.com", "proton.me");
  private static final Set<String> PLUS_ADDRESSING = Set.of(
      "gmail.com", "yandex.ru", "outlook.com", "icloud.com", "proton.me", "fastmail.com");
  private static final String DOTS_IGNORED = "gmail.com";

  private Emails() {}

  /** The key, empty if {@code email} is not {@code local@domain.tld}. */
  static Optional<String> key(String email) {
    String e = Text.lowerAscii(email.strip());
    int at = e.lastIndexOf('@');
    if (at <= 0 || at != e.indexOf('@') || at == e.length() - 1 || e.indexOf('.', at) < 0
        || e.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    String domain = ALIASES.getOrDefault(e.substring(at + 1), e.substring(at + 1));
    String local = e.substring(0, at);
    if (PLUS_ADDRESSING.contains(domain)) {
      int plus = local.indexOf('+');
      if (plus > 0) {
        local = local.substring(0, plus);
      }
    }
    if (domain.equals(DOTS_IGNORED)) {
      local = local.replace(".", "");
    }
    return local.isEmpty() ? Optional.empty() : Optional.of(local + "@" + domain);
  }
}
