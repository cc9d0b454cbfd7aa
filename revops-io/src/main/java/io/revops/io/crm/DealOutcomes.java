package io.revops.io.crm;

import io.revops.core.batch.Finding;
import io.revops.core.history.Actor;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One outcome per lead, however many deals it has: a lead is won or lost once (a lead history with two
 * outcomes is unsound and left out of every metric), so the outcomes of its deals are held until every deal is
 * read and then reduced.
 *
 * <ul>
 *   <li>A lead whose own row already says won or lost (HubSpot's "Became a Customer Date") keeps that outcome;
 *       its deals' outcomes add nothing.</li>
 *   <li>A lead whose own row says won but gives no amount (a HubSpot customer without Recent Deal Amount) is
 *       won at its row's date with the amount of its earliest won deal; with no won deal, the lead stays without
 *       a won event and its row gets a finding ({@link AwaitedWin#ifNoDeal}).</li>
 *   <li>Else a lead with a won deal is won by its earliest won deal (at that deal's close, with that deal's
 *       amount): the customer is made once; a later won deal is a repeat sale, not a new customer.</li>
 *   <li>Else a lead whose deals are all lost is lost at its last lost deal; a lead with an open deal is not
 *       lost.</li>
 * </ul>
 * Every deal outcome that is not the lead's is counted in the deals file's {@link ImportSummary} (a dry run
 * shows it): none goes unreported.
 *
 * <p>Cost: one entry per lead with a deal (its earliest win, its last loss and two counts) and, when deals
 * follow, one set entry per lead whose own row is won or lost: memory grows with the number of leads, not with
 * the number of deal rows. {@link #finish} is O(leads with deals).
 *
 * <p>This class is mutable and not thread-safe: one import.
 */
final class DealOutcomes {
  static final String DECIDED = "outcome of a deal of a lead whose own row is won or lost: the lead row's outcome"
      + " counts";
  static final String REPEAT_WIN = "won deal of a lead won by an earlier deal: a repeat sale, the earliest win"
      + " makes the customer";
  static final String LOST_BUT_WON = "lost deal of a lead won by another deal: the lead is won";
  static final String LOST_BUT_OPEN = "lost deal of a lead with an open deal: the lead is not lost";
  static final String EARLIER_LOSS = "lost deal of a lead lost by a later deal: the last loss counts";

  private static final Comparator<LeadEvent> BY_TIME = Comparator.comparing(LeadEvent::at)
      .thenComparing(LeadEvent::id);

  static final String AMOUNT_OF_WIN = "won deal of a lead whose own row is won without an amount: its amount is"
      + " the win's";

  private final Set<String> decided = new HashSet<>();
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final Map<String, AwaitedWin> awaited = new LinkedHashMap<>();

  /**
   * A lead row's win whose amount is to come from the lead's earliest won deal.
   *
   * @param id the win's event id
   * @param lead the lead
   * @param at when the row says the lead was won
   * @param actor who won it, if the row says
   * @param ifNoDeal the finding on the row if no won deal gives the amount
   */
  record AwaitedWin(EventId id, LeadId lead, Instant at, Optional<Actor> actor, Finding ifNoDeal) {}

  /** What the deals of one lead said so far. */
  private static final class Pending {
    final ImportSummary.FileSummary file;
    LeadEvent.Won won;
    int wins;
    LeadEvent.Lost lost;
    int losses;
    boolean open;

    Pending(ImportSummary.FileSummary file) {
      this.file = file;
    }
  }

  /** Lead {@code leadId}'s own row was won or lost. */
  void decidedByLeadRow(String leadId) {
    decided.add(leadId);
  }

  /** Lead {@code leadId}'s own row was won without an amount: the win waits for its deals (see the class). */
  void awaitWin(String leadId, AwaitedWin win) {
    awaited.put(leadId, win);
  }

  /**
   * A deal of lead {@code leadId} read from the file {@code file} summarises: won, lost, or open (an outcome of
   * {@code null}).
   */
  void deal(String leadId, LeadEvent outcome, ImportSummary.FileSummary file) {
    Pending p = pending.computeIfAbsent(leadId, k -> new Pending(file));
    if (outcome instanceof LeadEvent.Won w) {
      p.wins++;
      if (p.won == null || BY_TIME.compare(w, p.won) < 0) {
        p.won = w;
      }
    } else if (outcome instanceof LeadEvent.Lost l) {
      p.losses++;
      if (p.lost == null || BY_TIME.compare(l, p.lost) > 0) {
        p.lost = l;
      }
    } else {
      p.open = true;
    }
  }

  /**
   * The outcome of each lead with a deal, in the order the leads' first deals were read; counts the others, and
   * reports to {@code findings} each awaited win no won deal gave an amount.
   */
  List<LeadEvent> finish(Consumer<Finding> findings) {
    List<LeadEvent> out = new ArrayList<>();
    pending.forEach((lead, p) -> {
      AwaitedWin win = awaited.remove(lead);
      if (decided.contains(lead)) {
        p.file.joined(DECIDED, p.wins + p.losses);
      } else if (p.won != null) {
        if (win == null) {
          out.add(p.won);
        } else {
          // the lead row's win, with the amount of the earliest won deal
          out.add(new LeadEvent.Won(win.id(), win.lead(), win.at(), win.actor(), p.won.amount()));
          p.file.joined(AMOUNT_OF_WIN, 1);
        }
        p.file.joined(REPEAT_WIN, p.wins - 1);
        p.file.joined(LOST_BUT_WON, p.losses);
      } else if (win != null) {
        findings.accept(win.ifNoDeal());
        p.file.joined(DECIDED, p.losses);
      } else if (p.lost != null && p.open) {
        p.file.joined(LOST_BUT_OPEN, p.losses);
      } else if (p.lost != null) {
        out.add(p.lost);
        p.file.joined(EARLIER_LOSS, p.losses - 1);
      }
    });
    awaited.values().forEach(w -> findings.accept(w.ifNoDeal()));
    awaited.clear();
    pending.clear();
    return out;
  }

  @Override
  public String toString() {
    return "DealOutcomes[" + pending.size() + " leads with deals, " + decided.size() + " decided by their row]";
  }
}
