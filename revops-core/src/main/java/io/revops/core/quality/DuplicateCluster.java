package io.revops.core.quality;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.revops.core.lead.LeadId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Records found to be the same person or the same company, explained: which {@link MatchKey}s they
 * share (and how many members share each), and a confidence.
 *
 * <p>The confidence is that of the cluster's weakest member: for each member, {@code 1 - Π(1 - c)}
 * over the confidences {@code c} of the keys it shares with another member; the cluster's is the
 * least of these. It is an estimate ({@code double}), not a probability measured on your data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuplicateCluster {
  private static final int SHOWN_VARIANTS = 4;

  private final MatchKey.Level level;
  private final ImmutableList<LeadId> members;
  private final ImmutableSortedMap<MatchKey, Integer> keys;
  private final ImmutableList<String> variants;
  private final double confidence;

  DuplicateCluster(MatchKey.Level level, List<LeadId> members, Map<MatchKey, Integer> keys,
      List<String> variants, double confidence) {
    this.level = requireNonNull(level, "level");
    this.members = ImmutableList.copyOf(members);
    this.keys = ImmutableSortedMap.copyOf(keys);
    this.variants = ImmutableList.copyOf(variants);
    this.confidence = confidence;
  }

  /** @return whether the members are one person's leads or one company's spellings */
  public MatchKey.Level level() {
    return level;
  }

  /** @return the leads of the cluster, in input order */
  public List<LeadId> members() {
    return members;
  }

  /** @return each key shared, with the number of members that share it */
  public SortedMap<MatchKey, Integer> keys() {
    return keys;
  }

  /** @return the distinct ways the members are written (names and emails, or company names) */
  public List<String> variants() {
    return variants;
  }

  /** @return the confidence, in (0, 1) */
  public double confidence() {
    return confidence;
  }

  /** @return the number of members */
  public int size() {
    return members.size();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(level).append(' ').append(members.size())
        .append(' ').append(level == MatchKey.Level.PERSON ? "leads " : "spellings' leads ")
        .append(members.size() <= SHOWN_VARIANTS ? members.toString()
            : members.subList(0, SHOWN_VARIANTS) + "…")
        .append(" by ");
    keys.forEach((k, n) -> sb.append(k).append('×').append(n).append(' '));
    sb.append(String.format(Locale.ROOT, "confidence %.2f: ", confidence))
        .append(variants.size() <= SHOWN_VARIANTS ? variants
            : variants.subList(0, SHOWN_VARIANTS) + "… (" + variants.size() + ")");
    return sb.toString();
  }
}
