package io.revops.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reason attached to a rejected MQL: a {@link RejectionCode} and, for {@link RejectionCode#OTHER},
 * the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RejectionReason {
  private final RejectionCode code;
  private final String text;

  private RejectionReason(RejectionCode code, String text) {
    this.code = requireNonNull(code, "code");
    if (code == RejectionCode.OTHER) {
      requireNonNull(text, "text");
      Args.text("text of an OTHER rejection reason", text);
      this.text = text.trim();
    } else {
      checkArgument(text == null, "text is only allowed with OTHER, not %s: \"%s\"", code, text);
      this.text = null;
    }
  }

  /**
   * One of the listed reasons (not OTHER, which needs a text).
   *
   * @throws IllegalArgumentException for {@link RejectionCode#OTHER}: use {@link #other(String)}
   */
  public static RejectionReason of(RejectionCode code) {
    checkArgument(code != RejectionCode.OTHER, "code OTHER needs a text: use RejectionReason.other(text)");
    return new RejectionReason(code, null);
  }

  /** Another reason, stated in {@code text}. */
  public static RejectionReason other(String text) {
    return new RejectionReason(RejectionCode.OTHER, text);
  }

  /** No reason given. */
  public static RejectionReason noneGiven() {
    return new RejectionReason(RejectionCode.NONE_GIVEN, null);
  }

  /** The code. */
  public RejectionCode code() {
    return code;
  }

  /** The text, for OTHER. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** True unless no reason was given. */
  public boolean isGiven() {
    return code != RejectionCode.NONE_GIVEN;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RejectionReason r && code == r.code && Objects.equals(text, r.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, text);
  }

  @Override
  public String toString() {
    return text == null ? code.name() : code.name() + ": " + text;
  }
}
