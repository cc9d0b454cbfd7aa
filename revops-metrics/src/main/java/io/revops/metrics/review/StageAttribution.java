package io.revops.metrics.review;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.StageConversion;
import io.revops.metrics.conversion.Proportion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which stage moved the outcome most: the funnel's end-to-end conversion is the product of its stage
 * conversions, so its log change is the sum of theirs, and each stage's share of the outcome's change is
 * {@code ln(rₙₒw / r_baseline) / ln(overallₙₒw / overall_baseline)} (shares add up to 100%; a stage that moved
 * against the outcome has a negative share). Each stage's change also comes with its own interval
 * ({@link Comparisons#proportions}), so a stage whose change the data cannot tell is said so.
 *
 * <p>Stages without a count in both snapshots, with no leads entering, or whose rate is 0% in a period (no log)
 * are left out and listed in {@link #notes()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageAttribution {
  /**
   * One stage's part.
   *
   * @param stage the stage label, e.g. {@code MQL→SQL}
   * @param change the change of its conversion with its interval
   * @param share its share of the outcome's log change (a double; empty if the outcome did not change)
   */
  public record Stage(String stage, Change change, Optional<Double> share) {
    /** Validates the parts. */
    public Stage {
      Args.text("stage", stage);
      requireNonNull(change, "change");
      requireNonNull(share, "share");
    }

    @Override
    public String toString() {
      return change + share.map(s -> String.format(Locale.ROOT, "; share of the outcome's change %.0f%%", 100 * s)).orElse("");
    }
  }

  private final List<Stage> stages;
  private final List<String> notes;

  private StageAttribution(List<Stage> stages, List<String> notes) {
    this.stages = List.copyOf(stages);
    this.notes = List.copyOf(notes);
  }

  /** The attribution of the change from {@code baseline} to {@code now} over the stages both record. */
  public static StageAttribution of(FunnelSnapshot baseline, FunnelSnapshot now) {
    requireNonNull(baseline, "baseline");
    requireNonNull(now, "now");
    List<String> notes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<Double> logs = new ArrayList<>();
    for (StageConversion b : baseline.conversions()) {
      String label = b.label();
      if (!now.records(b.from()) || !now.records(b.to())) {
        notes.add(label + ": not recorded now");
        continue;
      }
      StageConversion n = now.conversion(b.from(), b.to());
      Optional<Proportion> pb = proportion(b);
      Optional<Proportion> pn = proportion(n);
      if (pb.isEmpty() || pn.isEmpty()) {
        notes.add(label + ": no leads entering, or more leaving than entering, " + (pb.isEmpty() ? "in the baseline" : "now"));
        continue;
      }
      Change c = Comparisons.proportions(label + " conversion", pb.get(), pn.get(), Polarity.HIGHER_IS_BETTER);
      if (pb.get().successes() == 0 || pn.get().successes() == 0) {
        notes.add(label + ": 0% in a period, no share of the log change");
        labels.add(label);
        changes.add(c);
        logs.add(null);
        continue;
      }
      labels.add(label);
      changes.add(c);
      logs.add(Math.log(pn.get().rate().toBigDecimal().doubleValue() / pb.get().rate().toBigDecimal().doubleValue()));
    }
    double total = 0;
    for (Double l : logs) {
      if (l != null) total += l;
    }
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Double l = logs.get(i);
      Optional<Double> share = l == null || Math.abs(total) < 1e-12 ? Optional.empty() : Optional.of(l / total);
      stages.add(new Stage(labels.get(i), changes.get(i), share));
    }
    return new StageAttribution(stages, notes);
  }

  private static Optional<Proportion> proportion(StageConversion c) {
    if (c.fromCount().isEmpty() || c.toCount().isEmpty()) return Optional.empty();
    long from = c.fromCount().getAsLong();
    long to = c.toCount().getAsLong();
    return from > 0 && to <= from ? Optional.of(Proportion.of(to, from)) : Optional.empty();
  }

  /** Each stage compared, in funnel order. */
  public List<Stage> stages() {
    return stages;
  }

  /** The stages left out, and why. */
  public List<String> notes() {
    return notes;
  }

  /** The stage with the largest share of the outcome's change, if the outcome changed. */
  public Optional<Stage> mostInfluential() {
    Stage best = null;
    for (Stage s : stages) {
      if (s.share().isPresent() && (best == null || s.share().get() > best.share().get())) best = s;
    }
    return Optional.ofNullable(best);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Stage that moved the outcome most: ")
        .append(mostInfluential().map(s -> s.stage() + (s.change().verdict().isClaim() ? ""
            : " (its own change: " + s.change().verdict().words() + ")")).orElse("none (the outcome did not change)"));
    for (Stage s : stages) {
      sb.append("\n  ").append(s);
    }
    for (String n : notes) {
      sb.append("\n  left out ").append(n);
    }
    return sb.toString();
  }
}
