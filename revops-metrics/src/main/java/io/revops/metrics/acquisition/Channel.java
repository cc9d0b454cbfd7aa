package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadSource;
import org.jspecify.annotations.Nullable;

/**
 * An acquisition channel: a {@link LeadSource} code and whether it is {@link ChannelKind#PAID paid} or
 * {@link ChannelKind#ORGANIC organic}. Two channels are equal if both source and kind are.
 *
 * <pre>{@code
 * Channel search = Channel.paid("paid_search");
 * Channel seo = Channel.organic("seo");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Channel implements Comparable<Channel> {
  private final LeadSource source;
  private final ChannelKind kind;

  private Channel(LeadSource source, ChannelKind kind) {
    this.source = requireNonNull(source, "source");
    this.kind = requireNonNull(kind, "kind");
  }

  /** The channel of {@code source}, of kind {@code kind}. */
  public static Channel of(LeadSource source, ChannelKind kind) {
    return new Channel(source, kind);
  }

  /** A paid channel with the source code {@code sourceCode}, e.g. {@code paid("paid_search")}. */
  public static Channel paid(String sourceCode) {
    return new Channel(LeadSource.of(sourceCode), ChannelKind.PAID);
  }

  /** An organic channel with the source code {@code sourceCode}, e.g. {@code organic("seo")}. */
  public static Channel organic(String sourceCode) {
    return new Channel(LeadSource.of(sourceCode), ChannelKind.ORGANIC);
  }

  /** The lead source. */
  public LeadSource source() {
    return source;
  }

  /** Paid or organic. */
  public ChannelKind kind() {
    return kind;
  }

  /** True for a paid channel. */
  public boolean isPaid() {
    return kind == ChannelKind.PAID;
  }

  /** Orders by source code, then kind. */
  @Override
  public int compareTo(Channel o) {
    int c = source.compareTo(o.source);
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Channel c && source.equals(c.source) && kind == c.kind;
  }

  @Override
  public int hashCode() {
    return 31 * source.hashCode() + kind.hashCode();
  }

  /** {@code paid_search (paid)}. */
  @Override
  public String toString() {
    return source + " (" + kind + ")";
  }
}
