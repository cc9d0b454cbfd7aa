package io.revops.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import io.revops.metrics.Policy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The probability that a deal in each stage closes, used to weight the pipeline. Stages keep the order
 * they were given in.
 *
 * <pre>{@code
 * StageProbabilities p = StageProbabilities.builder()
 *     .stage("discovery", Rate.ofPercent(10))
 *     .stage("proposal", "0.6")
 *     .stage("negotiation", Rate.ofPercent(80))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageProbabilities implements Policy {
  private final Map<String, Rate> probabilities;

  private StageProbabilities(Map<String, Rate> probabilities) {
    checkArgument(!probabilities.isEmpty(), "stage probabilities must name at least one stage");
    this.probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
  }

  /**
   * The probabilities of {@code probabilities}, in its iteration order.
   *
   * @throws IllegalArgumentException if it is empty or a stage is blank
   */
  public static StageProbabilities of(Map<String, Rate> probabilities) {
    requireNonNull(probabilities, "probabilities");
    Builder b = builder();
    probabilities.forEach(b::stage);
    return b.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The probability of {@code stage}, if known. */
  public Optional<Rate> probability(String stage) {
    return Optional.ofNullable(probabilities.get(requireNonNull(stage, "stage")));
  }

  /** Every stage and its probability, in the order given. */
  public Map<String, Rate> asMap() {
    return probabilities;
  }

  /** {@code "stage probabilities discovery 10%, proposal 60%"}. */
  @Override
  public String label() {
    return probabilities.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", "stage probabilities ", ""));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageProbabilities p && probabilities.equals(p.probabilities);
  }

  @Override
  public int hashCode() {
    return probabilities.hashCode();
  }

  /** The label. */
  @Override
  public String toString() {
    return label();
  }

  /** Collects stages and their probabilities. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rate> probabilities = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the probability of {@code stage}.
     *
     * @throws IllegalArgumentException if {@code stage} is blank or already given
     */
    public Builder stage(String stage, Rate probability) {
      requireNonNull(stage, "stage");
      Args.text("stage", stage);
      requireNonNull(probability, "probability");
      checkArgument(!probabilities.containsKey(stage), "stage must be given once: %s", stage);
      probabilities.put(stage, probability);
      return this;
    }

    /**
     * Sets the probability of {@code stage} from a fraction such as {@code "0.6"}.
     *
     * @throws IllegalArgumentException naming the stage if the fraction is outside [0, 1]
     */
    public Builder stage(String stage, String probability) {
      BigDecimal p = Args.decimal("probability", probability);
      checkArgument(p.signum() >= 0 && p.compareTo(BigDecimal.ONE) <= 0,
          "probability of stage %s must be in [0, 1]: %s", stage, Args.plain(p));
      return stage(stage, Rate.of(p));
    }

    /**
     * The probabilities.
     *
     * @throws IllegalArgumentException if no stage was given
     */
    public StageProbabilities build() {
      return new StageProbabilities(probabilities);
    }
  }
}
