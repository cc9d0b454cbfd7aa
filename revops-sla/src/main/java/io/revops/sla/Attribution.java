package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.Actor;
import io.revops.core.lead.LeadSource;
import java.util.Optional;

/**
 * What the reports group a lead under along one dimension: a known source code or rep id, or the absence of
 * one — {@link #UNKNOWN_SOURCE} for a history that names no source, {@link #UNASSIGNED} for a lead never
 * assigned. The absence is a value of its own, not a name: a source whose code is literally {@code (unknown)}
 * is a different group from the leads with no source.
 *
 * <p>The reports key their groups by {@link #key()}, a text that tells the two apart: an absence is keyed by
 * its label ({@code (unknown)}, {@code (unassigned)}); a known name by itself, except a name that reads like
 * a label — a label preceded by zero or more backslashes, such as {@code (unknown)} or {@code \(unassigned)} —
 * which gets one more backslash in front ({@code \(unknown)}, {@code \\(unassigned)}). Every other name is its
 * own key, so the keys of real data are unchanged; {@link #parse} reads any key back.
 *
 * <p>Ordered by key, as the reports' groups are. This class is immutable and thread-safe.
 *
 * <p><b>Cost.</b> {@link #source}, {@link #rep} and {@link #known} allocate one small object and compare the
 * name's first characters with the labels; {@link #key()} is a field read.
 */
public final class Attribution implements Comparable<Attribution> {
  /** The group of the leads whose history names no source, keyed {@code (unknown)}. */
  public static final Attribution UNKNOWN_SOURCE = new Attribution(null, "(unknown)");
  /** The group of the leads never assigned to a rep, keyed {@code (unassigned)}. */
  public static final Attribution UNASSIGNED = new Attribution(null, "(unassigned)");

  private static final char ESCAPE = '\\';

  private final String name; // null for an absence
  private final String key;

  private Attribution(String name, String key) {
    this.name = name;
    this.key = key;
  }

  /** The group of the known {@code name} (a source code or a rep id: non-blank, at most 1,000 characters). */
  public static Attribution known(String name) {
    return checked(Args.text("name", name));
  }

  /**
   * The group of the history's source {@code source}: {@link #known} of its code, which {@link LeadSource}
   * already checked by the same rule (non-blank, at most 1,000 characters), so it is not checked again per lead.
   */
  static Attribution of(LeadSource source) {
    return checked(source.code());
  }

  /**
   * The group of the rep {@code rep}: {@link #known} of its id, which {@link Actor} already checked by the same
   * rule (non-blank, at most 1,000 characters), so it is not checked again per lead.
   */
  static Attribution of(Actor rep) {
    return checked(rep.id());
  }

  /** The group of the known {@code name}, already checked to be a valid name. */
  private static Attribution checked(String name) {
    return new Attribution(name, readsLikeALabel(name) ? ESCAPE + name : name);
  }

  /** The group of the source {@code code}, or {@link #UNKNOWN_SOURCE} if there is none. */
  public static Attribution source(Optional<String> code) {
    return requireNonNull(code, "code").map(Attribution::known).orElse(UNKNOWN_SOURCE);
  }

  /** The group of the rep {@code id}, or {@link #UNASSIGNED} if there is none. */
  public static Attribution rep(Optional<String> id) {
    return requireNonNull(id, "id").map(Attribution::known).orElse(UNASSIGNED);
  }

  /**
   * The group whose {@link #key()} is {@code key}: a label is the absence it names, a label preceded by
   * backslashes the known name with one backslash fewer, any other text the known name it is.
   *
   * @throws IllegalArgumentException naming {@code key}, quoting it, if it is blank or longer than the key of a
   *     1,000-character name
   */
  public static Attribution parse(String key) {
    Args.maxLength("key", Args.notBlank("key", key), Args.MAX_TEXT_LENGTH + 1);
    if (key.equals(UNKNOWN_SOURCE.key)) {
      return UNKNOWN_SOURCE;
    }
    if (key.equals(UNASSIGNED.key)) {
      return UNASSIGNED;
    }
    if (readsLikeALabel(key)) { // not a label itself, so at least one backslash: an escaped name
      return new Attribution(Args.text("key", key.substring(1)), key);
    }
    return new Attribution(Args.text("key", key), key);
  }

  /** True if {@code text} is a label preceded by zero or more backslashes. */
  private static boolean readsLikeALabel(String text) {
    if (text.isEmpty() || (text.charAt(0) != '(' && text.charAt(0) != ESCAPE)) {
      return false; // the common case, decided by one character
    }
    int start = 0;
    while (start < text.length() && text.charAt(start) == ESCAPE) {
      start++;
    }
    String rest = text.substring(start);
    return rest.equals(UNKNOWN_SOURCE.key) || rest.equals(UNASSIGNED.key);
  }

  /** The known name, or empty for an absence. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** True for a known name, false for {@link #UNKNOWN_SOURCE} and {@link #UNASSIGNED}. */
  public boolean isKnown() {
    return name != null;
  }

  /** The key the reports group by: distinct for distinct groups (see the class description). */
  public String key() {
    return key;
  }

  @Override
  public int compareTo(Attribution o) {
    return key.compareTo(o.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribution a && key.equals(a.key); // keys are distinct for distinct groups
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** The {@link #key()}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return key;
  }
}
