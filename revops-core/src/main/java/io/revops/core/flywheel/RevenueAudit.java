package io.revops.core.flywheel;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A revenue audit: the forces that accelerate the flywheel and the frictions that slow it, per phase
 * (attract, engage, delight) and per department.
 *
 * <p>Frictions can be derived from data: {@link Builder#seedFrom(FunnelSnapshot)} turns the funnel
 * transition with the lowest conversion from the lead stage on into a friction with the evidence ("MQL→SQL
 * 12% — lowest stage conversion") — visitor→lead is left out because anonymous traffic converts an order of
 * magnitude lower than any qualified stage by nature, so it would always be the lowest and say nothing —
 * and every transition whose later stage is larger than the earlier one into an
 * {@link Department#INTERNAL} friction (counts that do not add up point to scattered data). Transitions
 * map to the flywheel as follows: visitor→lead is ATTRACT/MARKETING; lead→MQL is ENGAGE/MARKETING;
 * MQL→SQL and every later transition are ENGAGE/SALES.
 *
 * <pre>{@code
 * RevenueAudit audit = RevenueAudit.builder()
 *     .seedFrom(FunnelSnapshot.of(10_000, 400, 200, 24, 6))
 *     .force(Force.of(FlywheelPhase.ATTRACT, Department.MARKETING, "inbound marketing"))
 *     .friction(Friction.of(FlywheelPhase.DELIGHT, Department.SERVICE, "slow support replies"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueAudit {
  private static final RevenueAudit EMPTY = new RevenueAudit(List.of(), List.of());

  private final List<Force> forces;
  private final List<Friction> frictions;

  private RevenueAudit(List<Force> forces, List<Friction> frictions) {
    this.forces = List.copyOf(Args.noNulls("forces", forces));
    this.frictions = List.copyOf(Args.noNulls("frictions", frictions));
  }

  /** An audit that lists nothing yet. */
  public static RevenueAudit empty() {
    return EMPTY;
  }

  /** An audit of {@code forces} and {@code frictions}, kept in the given order. */
  public static RevenueAudit of(List<Force> forces, List<Friction> frictions) {
    requireNonNull(forces, "forces");
    requireNonNull(frictions, "frictions");
    return new RevenueAudit(forces, frictions);
  }

  /** An audit seeded with the frictions derived from {@code funnel}; see {@link Builder#seedFrom(FunnelSnapshot)}. */
  public static RevenueAudit seededFrom(FunnelSnapshot funnel) {
    return builder().seedFrom(funnel).build();
  }

  /** A builder for an audit. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this audit's forces and frictions. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.forces.addAll(forces);
    b.frictions.addAll(frictions);
    return b;
  }

  /**
   * The friction shown by the lowest defined stage conversion of {@code funnel} from the lead stage on
   * ({@link FunnelSnapshot#lowestConversionFrom(LifecycleStage) lowestConversionFrom(LEAD)}), if any is
   * defined: e.g. ENGAGE/SALES "MQL→SQL converts least (24 of 200)" with the evidence "MQL→SQL 12% —
   * lowest stage conversion" and magnitude HIGH.
   */
  public static java.util.Optional<Friction> lowestConversionFriction(FunnelSnapshot funnel) {
    requireNonNull(funnel, "funnel");
    return funnel.lowestConversionFrom(LifecycleStage.LEAD).map(c -> Friction.of(phaseOf(c), departmentOf(c),
            c.label() + " converts least (" + c.explanation() + ")")
        .withEvidence(c.label() + " " + c.shortPercent().orElseThrow() + " — lowest stage conversion")
        .withMagnitude(Magnitude.HIGH));
  }

  private static FlywheelPhase phaseOf(StageConversion c) {
    return c.from() == LifecycleStage.VISITOR ? FlywheelPhase.ATTRACT : FlywheelPhase.ENGAGE;
  }

  private static Department departmentOf(StageConversion c) {
    return c.from().isBefore(LifecycleStage.MQL) ? Department.MARKETING : Department.SALES;
  }

  /** Every force, in the order added. */
  public List<Force> forces() {
    return forces;
  }

  /** Every friction, in the order added. */
  public List<Friction> frictions() {
    return frictions;
  }

  /** The forces acting on {@code phase}. */
  public List<Force> forces(FlywheelPhase phase) {
    requireNonNull(phase, "phase");
    return filter(forces, f -> f.phase() == phase);
  }

  /** The frictions slowing {@code phase}. */
  public List<Friction> frictions(FlywheelPhase phase) {
    requireNonNull(phase, "phase");
    return filter(frictions, f -> f.phase() == phase);
  }

  /** The forces tied to {@code department}. */
  public List<Force> forces(Department department) {
    requireNonNull(department, "department");
    return filter(forces, f -> f.department() == department);
  }

  /** The frictions tied to {@code department}. */
  public List<Friction> frictions(Department department) {
    requireNonNull(department, "department");
    return filter(frictions, f -> f.department() == department);
  }

  /** The forces acting on {@code phase}, grouped by department (only departments that have some). */
  public Map<Department, List<Force>> forcesByDepartment(FlywheelPhase phase) {
    return group(forces(phase), Force::department);
  }

  /** The frictions slowing {@code phase}, grouped by department (only departments that have some). */
  public Map<Department, List<Friction>> frictionsByDepartment(FlywheelPhase phase) {
    return group(frictions(phase), Friction::department);
  }

  /** True if the audit lists nothing. */
  public boolean isEmpty() {
    return forces.isEmpty() && frictions.isEmpty();
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> p) {
    return list.stream().filter(p).toList();
  }

  private static <T> Map<Department, List<T>> group(List<T> list, Function<T, Department> dept) {
    Map<Department, List<T>> m = new EnumMap<>(Department.class);
    for (T t : list) {
      m.computeIfAbsent(dept.apply(t), d -> new ArrayList<>()).add(t);
    }
    m.replaceAll((d, l) -> List.copyOf(l));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RevenueAudit a && forces.equals(a.forces) && frictions.equals(a.frictions);
  }

  @Override
  public int hashCode() {
    return 31 * forces.hashCode() + frictions.hashCode();
  }

  /** The audit as a table: one row per force (+) and friction (−), by phase, then department. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RevenueAudit: ").append(forces.size()).append(forces.size() == 1 ? " force, " : " forces, ")
        .append(frictions.size()).append(frictions.size() == 1 ? " friction" : " frictions");
    sb.append(String.format(Locale.ROOT, "\n  %-8s %-10s %-10s %s", "phase", "department", "kind", "description"));
    for (FlywheelPhase phase : FlywheelPhase.values()) {
      Map<Department, List<Force>> fo = forcesByDepartment(phase);
      Map<Department, List<Friction>> fr = frictionsByDepartment(phase);
      if (fo.isEmpty() && fr.isEmpty()) {
        sb.append(String.format(Locale.ROOT, "\n  %-8s %-10s %-10s %s", phase, "-", "-", "(nothing recorded)"));
        continue;
      }
      for (Department d : Department.values()) {
        for (Force f : fo.getOrDefault(d, List.of())) {
          row(sb, phase, d, "+ force", f.description(), f.evidence().orElse(null), f.magnitude().orElse(null));
        }
        for (Friction f : fr.getOrDefault(d, List.of())) {
          row(sb, phase, d, "- friction", f.description(), f.evidence().orElse(null), f.magnitude().orElse(null));
        }
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, FlywheelPhase phase, Department d, String kind, String description,
      String evidence, Magnitude magnitude) {
    sb.append(String.format(Locale.ROOT, "\n  %-8s %-10s %-10s %s", phase, d, kind, description));
    if (magnitude != null) {
      sb.append(" (").append(magnitude).append(')');
    }
    if (evidence != null) {
      sb.append(" — evidence: ").append(evidence);
    }
  }

  /** Collects forces and frictions. */
  public static final class Builder {
    private final List<Force> forces = new ArrayList<>();
    private final List<Friction> frictions = new ArrayList<>();

    private Builder() {}

    /** Adds a force. */
    public Builder force(Force force) {
      forces.add(requireNonNull(force, "force"));
      return this;
    }

    /** Adds a force described by {@code description}. */
    public Builder force(FlywheelPhase phase, Department department, String description) {
      return force(Force.of(phase, department, description));
    }

    /** Adds a friction. */
    public Builder friction(Friction friction) {
      frictions.add(requireNonNull(friction, "friction"));
      return this;
    }

    /** Adds a friction described by {@code description}. */
    public Builder friction(FlywheelPhase phase, Department department, String description) {
      return friction(Friction.of(phase, department, description));
    }

    /**
     * Adds the frictions {@code funnel} shows: the lowest stage conversion (see
     * {@link RevenueAudit#lowestConversionFriction(FunnelSnapshot)}) and, for each transition whose later
     * stage is larger than the earlier one, an INTERNAL friction "inconsistent funnel counts".
     */
    public Builder seedFrom(FunnelSnapshot funnel) {
      requireNonNull(funnel, "funnel");
      lowestConversionFriction(funnel).ifPresent(this::friction);
      for (StageConversion c : funnel.inconsistencies()) {
        friction(Friction.of(phaseOf(c), Department.INTERNAL,
                "inconsistent funnel counts: scattered data storage or mismatched periods")
            .withEvidence(c.label() + ": " + c.explanation())
            .withMagnitude(Magnitude.MEDIUM));
      }
      return this;
    }

    /** The audit. */
    public RevenueAudit build() {
      return new RevenueAudit(forces, frictions);
    }
  }
}
