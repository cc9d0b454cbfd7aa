package io.revops.io.crm;

import com.google.common.base.Splitter;
import io.revops.core.batch.Finding;
import io.revops.core.funnel.Department;
import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.io.csv.CsvRow;
import io.revops.io.profile.ActivityMeaning;
import io.revops.io.profile.CallResult;
import io.revops.io.profile.Field;
import io.revops.io.profile.FileSpec;
import io.revops.io.profile.Role;
import io.revops.io.profile.StageMeaning;
import io.revops.io.profile.WithoutLead;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.acquisition.ChannelKind;
import io.revops.metrics.acquisition.Spend;
import io.revops.metrics.revenue.RevenueRecord;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;

/**
 * Turns rows into records, one method per {@link io.revops.io.profile.Role}; knows the leads read so far (to
 * join activities and opportunities to them and to report duplicate lead rows) and holds the outcomes of each
 * lead's deals until every deal is read ({@link DealOutcomes}: one outcome per lead).
 *
 * <p>Cost: one {@link LeadIndex} entry per distinct lead id (counted in a pre-pass: 11 to 21 bytes, more for an
 * id on several rows), one map entry per converted opportunity and, when an opportunities file is read, one
 * {@link DealOutcomes} entry per lead with a deal or with an outcome of its own: memory grows with the number of
 * leads, not with activity or opportunity rows.
 *
 * <p>This class is mutable and not thread-safe: one import.
 */
final class Rows {
  static final String OWN_LEAD = "deal that names no lead: read as its own lead";
  static final String OWN_LEAD_NO_LEADS_FILE = "deal read as its own lead: no leads file was given";

  /** The ids a lead column of a deals file may list (HubSpot's "Associated Contact IDs": 8001;8002). */
  private static final Splitter LEAD_LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  private final LeadIndex leads = new LeadIndex();
  /** The deals that are not leads of their own, judged for repeats like the leads. */
  private final LeadIndex deals = new LeadIndex();
  private final Map<String, String> leadOfOpportunity = new HashMap<>();
  private final DealOutcomes outcomes = new DealOutcomes();
  /** The most values {@link #once} keeps per map. */
  private static final int KEPT = 64;
  /** Per source text of {@link #sourcesOf}'s rows, the source it maps to ({@link #source}). */
  private final Map<String, String> sourceOfText = new HashMap<>();
  private FileSpec sourcesOf;
  private java.util.function.Function<String, String> mapSource;
  private final Map<String, LeadSource> sources = new HashMap<>();
  private final Map<String, Optional<Actor>> owners = new HashMap<>();
  private final Map<String, Company> companies = new HashMap<>();
  private final boolean leadsGiven;
  private final boolean dealsFollow;
  private final boolean joined;

  /**
   * Rows of an import that reads a leads file ({@code leadsGiven}) and an opportunities file
   * ({@code dealsFollow}) or not, and an activities file ({@code activitiesFollow}) or not.
   */
  Rows(boolean leadsGiven, boolean dealsFollow, boolean activitiesFollow) {
    this.leadsGiven = leadsGiven;
    this.dealsFollow = dealsFollow;
    this.joined = dealsFollow || activitiesFollow;
    if (!joined) {
      leads.noJoins(); // no row will be joined to a lead
    }
    deals.noJoins(); // rows are joined to leads, never to deals
  }

  /** A leads row: the lead, its creation and the events of its stage and date columns; null if rejected. */
  CrmRecord.LeadRow lead(Cells c, CsvRow row, int[] dateEventColumns, List<String> dateEventHeaders,
      List<StageMeaning> dateEventMeanings) {
    String id = c.required(Field.LEAD_ID);
    Instant created = c.instant(Field.CREATED_AT, true);
    Optional<StageMeaning> stage = c.mapped(Field.STAGE, c.spec().stages());
    Instant stageAt = c.instant(Field.STAGE_AT, false);
    Optional<Actor> owner = owner(c);
    String source = source(c);
    MonetaryAmount amount = c.money(Field.AMOUNT, false);
    List<Instant> dated = new ArrayList<>(dateEventColumns.length);
    for (int i = 0; i < dateEventColumns.length; i++) {
      dated.add(c.instantAt(dateEventColumns[i], dateEventHeaders.get(i)));
    }
    if (c.failed()) {
      return null;
    }
    LeadId leadId = LeadId.of(id);
    List<LeadEvent> events = new ArrayList<>(2 + dated.size()); // the creation, the stage's, the dates'
    events.add(created(id, leadId, created, source));
    Instant at = stageAt == null ? created : stageAt;
    DealOutcomes.AwaitedWin awaited = null;
    if (stage.isPresent()) {
      awaited = awaitedWin(c, leadId, id + "/stage", stage.get(), at, owner, amount);
      if (awaited == null && !event(c, events, leadId, id + "/stage", stage.get(), at, owner, amount,
          c.text(Field.REASON) == null ? c.text(Field.STAGE) : c.text(Field.REASON))) {
        return null;
      }
    }
    for (int i = 0; i < dated.size(); i++) {
      if (dated.get(i) == null) {
        continue;
      }
      String eventId = id + "/" + dateEventMeanings.get(i).name().toLowerCase(Locale.ROOT);
      DealOutcomes.AwaitedWin w = awaitedWin(c, leadId, eventId, dateEventMeanings.get(i), dated.get(i), owner,
          amount);
      if (w != null) {
        awaited = w;
      } else if (!event(c, events, leadId, eventId, dateEventMeanings.get(i), dated.get(i), owner, amount,
          dateEventHeaders.get(i))) {
        return null;
      }
    }
    Lead lead = lead(c, leadId, created, source);
    if (lead == null || !firstTime(c, row, id)) {
      return null;
    }
    if (awaited != null) {
      outcomes.awaitWin(id, awaited);
    }
    String opportunity = c.text(Field.OPPORTUNITY_ID);
    if (opportunity != null) {
      leadOfOpportunity.putIfAbsent(opportunity, id);
    }
    if (dealsFollow && events.stream().anyMatch(e -> e instanceof LeadEvent.Won || e instanceof LeadEvent.Lost)) {
      outcomes.decidedByLeadRow(id);
    }
    return new CrmRecord.LeadRow(lead, events);
  }

  /** The lead of a row, with its contact, source and company; null (reported) if it cannot be made. */
  private Lead lead(Cells c, LeadId leadId, Instant created, String source) {
    try {
      Lead.Builder b = Lead.builder(leadId).contact(contact(c)).dataVerifiedAt(created);
      if (source != null) {
        b.source(source);
      }
      String company = c.text(Field.COMPANY);
      if (company != null) {
        b.company(once(companies, company, Company::of));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      c.reject(Field.LEAD_ID, leadId.value(), e.getMessage());
      return null;
    }
  }

  /** The row's source mapped through the profile's sources (unmapped names kept as written), or null. */
  private String source(Cells c) {
    String sourceText = c.text(Field.SOURCE);
    if (sourceText == null) {
      return null;
    }
    if (sourcesOf != c.spec()) { // another file: its own sources
      FileSpec spec = c.spec();
      sourcesOf = spec;
      sourceOfText.clear();
      mapSource = t -> spec.sources().get(t).orElse(t);
    }
    return once(sourceOfText, sourceText, mapSource);
  }

  /** The row's owner, if it names one. */
  private Optional<Actor> owner(Cells c) {
    String owner = c.text(Field.OWNER);
    return owner == null ? Optional.empty() : once(owners, owner, t -> Optional.of(Actor.of(t)));
  }

  private LeadEvent.Created created(String id, LeadId leadId, Instant at, String source) {
    return new LeadEvent.Created(EventId.of(id + "/created"), leadId, at, Optional.empty(),
        source == null ? LeadSource.UNKNOWN : once(sources, source, LeadSource::of));
  }

  /**
   * {@code make.apply(text)}, made once for each of the first {@value #KEPT} texts of {@code made} (a file
   * names a handful of sources, owners and often companies) and kept there; the values are immutable, so a row gets the same
   * value either way.
   */
  private static <V> V once(Map<String, V> made, String text, java.util.function.Function<String, V> make) {
    V v = made.get(text);
    if (v == null) {
      v = make.apply(text);
      if (made.size() < KEPT) {
        made.put(text, v);
      }
    }
    return v;
  }

  private static Contact contact(Cells c) {
    String name = c.text(Field.CONTACT_NAME);
    if (name == null) {
      StringJoiner joined = new StringJoiner(" ");
      for (Field part : new Field[] {Field.FIRST_NAME, Field.MIDDLE_NAME, Field.LAST_NAME}) {
        String v = c.text(part);
        if (v != null) {
          joined.add(v);
        }
      }
      name = joined.length() == 0 ? null : joined.toString();
    }
    return Contact.of(name, c.text(Field.JOB_TITLE), c.text(Field.PHONE), c.text(Field.EMAIL));
  }

  /** Pre-pass, first count ({@link PrePass}): one row of lead {@code id}. */
  void countLead(CharSequence id) {
    leads.count(id);
  }

  /** Pre-pass, first count: one row of deal {@code id}. */
  void countDeal(CharSequence id) {
    deals.count(id);
  }

  /** Whether rows will be joined to the leads ({@link LeadIndex#contains}): activities or deals follow. */
  boolean leadsJoined() {
    return joined;
  }

  /** The fingerprints of lead ids the index holds (its size: every id, or, for a sorted file, the repeated). */
  int leadFingerprints() {
    return leads.size();
  }

  /** Pre-pass, first count of a sorted leads file: the leads are counted only if on several rows. */
  void sortedLeads() {
    leads.sorted();
  }

  /** Pre-pass, first count of a sorted leads file: lead {@code id} is on more than one row. */
  void repeatedLead(CharSequence id) {
    leads.repeated(id);
  }

  /** Whether the first count saw an id (or a fingerprint) twice, so that {@link #countExactly} must run. */
  boolean repeats() {
    return leads.repeats() || deals.repeats();
  }

  /**
   * Pre-pass, exact count: the well-formed row {@code row} of {@code source}: every row of a leads file with a
   * lead id as a lead, every row of an opportunities file with a deal id as a deal and, if it is a lead of its
   * own ({@link #ownLeadId}), as a lead too; kept only for ids whose fingerprint was counted twice.
   */
  void countExactly(Cells c, String source, CsvRow row) {
    boolean leadsFile = c.spec().role() == Role.LEADS;
    String deal = leadsFile ? null : c.text(Field.OPPORTUNITY_ID);
    String id = leadsFile ? c.text(Field.LEAD_ID) : ownLeadId(c, deal);
    if (id != null) {
      leads.countExactly(id, source, row);
    }
    if (c.spec().role() == Role.OPPORTUNITIES && deal != null) {
      // a deal is judged as a lead of its own or, if a lead was converted to it or it names one, as a deal
      deals.countExactly(deal, source, row);
    }
  }

  /**
   * The lead id of the deal {@code id} (null: none) that is a lead of its own whatever the leads files hold: its file's {@link WithoutLead}
   * is {@code own_lead} and it names no lead, or no leads file is given; null otherwise. (A deal a lead was
   * converted to is that lead's: counted here all the same, its count is never judged.)
   */
  private String ownLeadId(Cells c, String id) {
    if (id == null || c.spec().withoutLead() != WithoutLead.OWN_LEAD) {
      return null;
    }
    String linked = c.text(Field.LEAD_ID);
    boolean namesNone = linked == null || LEAD_LIST.splitToList(linked).isEmpty();
    return namesNone || !leadsGiven ? c.spec().ownLeadIdPrefix() + id : null;
  }

  /**
   * Whether the row of {@code id} is read: a lead on one row is; of identical rows of one id the first is (the
   * others are findings naming it); rows of one id with different cells are all rejected, each finding naming
   * another row of the id. The verdict depends on the rows, not on their order (see {@link LeadIndex}).
   */
  private boolean firstTime(Cells c, CsvRow row, String id) {
    return firstTime(c, row, id, leads, Field.LEAD_ID, "lead");
  }

  /** {@link #firstTime(Cells, CsvRow, String)} for the {@code what} ids of {@code index}, in column {@code f}. */
  private static boolean firstTime(Cells c, CsvRow row, String id, LeadIndex index, Field f, String what) {
    LeadIndex.Verdict v = index.judge(id, c.source(), row.line());
    switch (v.kind()) {
      case UNIQUE, KEPT -> {
        return true;
      }
      case REPEAT -> c.reject(f, id, "a " + what + " must appear once: this row repeats " + v.other()
          + " (" + v.rows() + " identical rows of this id); the " + what + " is read once, from that row");
      default -> c.reject(f, id, "a " + what + " must appear once: " + v.other() + " has this id with other "
          + "values (" + v.rows() + " rows of this id, not all alike); every row of this id is rejected");
    }
    return false;
  }

  /**
   * A won lead row without the won amount when a deals file follows (a HubSpot customer whose Recent Deal
   * Amount is empty): the win waits for the amount of the lead's earliest won deal ({@link DealOutcomes}); null
   * for any other event, which is made at once.
   */
  private DealOutcomes.AwaitedWin awaitedWin(Cells c, LeadId lead, String eventId, StageMeaning meaning,
      Instant at, Optional<Actor> actor, MonetaryAmount amount) {
    if (meaning != StageMeaning.WON || amount != null || !dealsFollow || c.spec().role() != Role.LEADS) {
      return null;
    }
    return new DealOutcomes.AwaitedWin(EventId.of(eventId), lead, at, actor, Finding.of(c.source(), c.line(),
        c.header(Field.AMOUNT), "", "is required when the lead is won (the won amount), and no won deal of this lead"
            + " gives one: the lead is read without its won event"));
  }

  /** Adds the event {@code meaning} stands for; false (reported) if it cannot be made. */
  private static boolean event(Cells c, List<LeadEvent> events, LeadId lead, String eventId, StageMeaning meaning,
      Instant at, Optional<Actor> actor, MonetaryAmount amount, String reasonText) {
    EventId id = EventId.of(eventId);
    switch (meaning) {
      case OPEN -> {
        // in progress: nothing beyond the creation
      }
      case BECAME_MQL -> events.add(new LeadEvent.BecameMql(id, lead, at, actor));
      case ACCEPTED_AS_SQL -> events.add(new LeadEvent.AcceptedAsSql(id, lead, at, actor));
      case OPPORTUNITY_CREATED -> events.add(new LeadEvent.OpportunityCreated(id, lead, at, actor));
      case REJECTED -> events.add(new LeadEvent.Rejected(id, lead, at, actor,
          reasonText == null ? RejectionReason.noneGiven() : RejectionReason.other(reasonText)));
      case LOST -> events.add(new LeadEvent.Lost(id, lead, at, actor, LeadEvent.Lost.reasonFrom(reasonText)));
      case WON -> {
        if (amount == null) {
          c.reject(Field.AMOUNT, "", "is required when the lead is won (the won amount)");
          return false;
        }
        events.add(new LeadEvent.Won(id, lead, at, actor, amount));
      }
      default -> throw new AssertionError(meaning);
    }
    return true;
  }

  /** An activities row: one contact attempt, connection or discovery call of a lead read before. */
  CrmRecord.EventRow activity(Cells c) {
    String id = c.required(Field.ACTIVITY_ID);
    String leadText = c.required(Field.LEAD_ID);
    Instant at = c.instant(Field.AT, true);
    c.required(Field.TYPE);
    Optional<ActivityMeaning> type = c.mapped(Field.TYPE, c.spec().activityTypes());
    Optional<CallResult> outcome = c.mapped(Field.OUTCOME, c.spec().outcomes());
    Optional<Actor> actor = owner(c);
    if (leadText != null && !leads.contains(leadText)) {
      c.reject(Field.LEAD_ID, leadText, "must be the id of a lead in the leads file");
    }
    if (c.failed() || type.isEmpty() || type.get() == ActivityMeaning.IGNORED) {
      return null;
    }
    EventId eventId = EventId.of(id);
    LeadId lead = LeadId.of(leadText);
    LeadEvent event;
    if (type.get() == ActivityMeaning.DISCOVERY_CALL) {
      event = new LeadEvent.DiscoveryCall(eventId, lead, at, actor);
    } else {
      ContactChannel channel = ContactChannel.valueOf(type.get().name());
      CallResult result = outcome.orElse(channel == ContactChannel.EMAIL ? CallResult.SENT : CallResult.OTHER);
      event = result == CallResult.CONNECTED ? new LeadEvent.Connected(eventId, lead, at, actor, channel)
          : new LeadEvent.ContactAttempt(eventId, lead, at, actor, channel, AttemptOutcome.valueOf(result.name()));
    }
    return new CrmRecord.EventRow(List.of(event));
  }

  /**
   * An opportunities row: opened, and won or lost once closed, for its lead (the lead converted to it, else the
   * first lead its lead column names); the outcome is held until every deal is read ({@link DealOutcomes}). A
   * deal of a file whose {@link WithoutLead} is {@code own_lead} and that names no lead (or is read with no
   * leads file) is a lead of its own, returned as a lead row with its events. Null if rejected.
   */
  CrmRecord opportunity(Cells c, CsvRow row) {
    String id = c.required(Field.OPPORTUNITY_ID);
    Instant created = c.instant(Field.CREATED_AT, true);
    Optional<StageMeaning> stage = c.mapped(Field.STAGE, c.spec().stages());
    Optional<Boolean> won = c.bool(Field.WON);
    Optional<Boolean> closed = c.bool(Field.CLOSED);
    Instant closedAt = c.instant(Field.STAGE_AT, false);
    MonetaryAmount amount = c.money(Field.AMOUNT, false);
    String linked = c.text(Field.LEAD_ID);
    String lead = id == null ? null : leadOfOpportunity.get(id);
    boolean own = false;
    if (lead == null && id != null) {
      List<String> named = linked == null ? List.of() : LEAD_LIST.splitToList(linked);
      lead = named.stream().filter(leads::contains).findFirst().orElse(null); // the first lead named that was read
      boolean ownLeads = c.spec().withoutLead() == WithoutLead.OWN_LEAD;
      if (lead == null && ownLeads && (named.isEmpty() || !leadsGiven)) {
        own = true;
      } else if (lead == null && ownLeads) {
        c.reject(Field.LEAD_ID, linked, "must name a lead of the leads file (a deal that names no lead is its own"
            + " lead)");
      } else if (lead == null) {
        c.reject(Field.OPPORTUNITY_ID, id, "must be the converted opportunity of a lead in the leads file");
      }
    }
    if (c.failed()) {
      return null;
    }
    StageMeaning meaning = won.orElse(false) ? StageMeaning.WON
        : closed.orElse(false) ? StageMeaning.LOST
        : stage.orElse(StageMeaning.OPEN);
    String leadIdText = own ? c.spec().ownLeadIdPrefix() + id : lead;
    LeadId leadId = LeadId.of(leadIdText);
    List<LeadEvent> events = new ArrayList<>();
    String source = source(c);
    if (own) {
      events.add(created(leadIdText, leadId, created, source));
    }
    events.add(new LeadEvent.OpportunityCreated(EventId.of("deal/" + id + "/created"), leadId, created,
        Optional.empty()));
    List<LeadEvent> outcome = new ArrayList<>(1);
    if (meaning != StageMeaning.OPEN && meaning != StageMeaning.OPPORTUNITY_CREATED
        && !event(c, outcome, leadId, "deal/" + id + "/" + meaning.name().toLowerCase(Locale.ROOT), meaning,
            closedAt == null ? created : closedAt, Optional.empty(), amount,
            c.text(Field.REASON) == null ? c.text(Field.STAGE) : c.text(Field.REASON))) {
      return null;
    }
    LeadEvent result = outcome.isEmpty() ? null : outcome.get(0);
    boolean terminal = result instanceof LeadEvent.Won || result instanceof LeadEvent.Lost;
    if (!own) {
      if (!firstTime(c, row, id, deals, Field.OPPORTUNITY_ID, "deal")) {
        return null;
      }
      // won and lost wait for the lead's other deals; another event a stage maps to (rejected, …) goes out now
      outcomes.deal(lead, terminal ? result : null, c.summary());
      if (result != null && !terminal) {
        events.add(result);
      }
      return new CrmRecord.EventRow(events);
    }
    Lead ownLead = lead(c, leadId, created, source);
    if (ownLead == null || !firstTime(c, row, leadIdText)) {
      return null;
    }
    c.summary().joined(leadsGiven ? OWN_LEAD : OWN_LEAD_NO_LEADS_FILE, 1);
    events.addAll(outcome);
    return new CrmRecord.LeadRow(ownLead, events);
  }

  /**
   * The outcome of each lead's deals, once every deal is read (see {@link DealOutcomes}); a won lead row that
   * waited for a deal's amount in vain is reported to {@code findings}.
   */
  List<LeadEvent> dealOutcomes(Consumer<Finding> findings) {
    return outcomes.finish(findings);
  }

  /** A spend row. */
  CrmRecord.SpendRow spend(Cells c) {
    YearMonth month = c.month(Field.MONTH);
    String departmentText = c.required(Field.DEPARTMENT);
    String channel = c.text(Field.CHANNEL);
    Optional<Boolean> paid = c.bool(Field.PAID);
    MonetaryAmount amount = c.money(Field.AMOUNT, true);
    Department department = null;
    if (departmentText != null) {
      switch (departmentText.toLowerCase(Locale.ROOT)) {
        case "marketing", "маркетинг" -> department = Department.MARKETING;
        case "sales", "продажи" -> department = Department.SALES;
        default -> c.reject(Field.DEPARTMENT, departmentText, "must be marketing or sales (маркетинг, продажи)");
      }
    }
    if (c.failed()) {
      return null;
    }
    String source = channel == null ? null : c.spec().sources().get(channel).orElse(channel);
    return new CrmRecord.SpendRow(source == null ? Spend.of(month, department, amount)
        : Spend.of(month, Channel.of(LeadSource.of(source), paid.orElse(true) ? ChannelKind.PAID : ChannelKind.ORGANIC),
            department, amount));
  }

  /** An MRR row. */
  CrmRecord.MrrRow mrr(Cells c) {
    String customer = c.required(Field.CUSTOMER_ID);
    YearMonth month = c.month(Field.MONTH);
    MonetaryAmount amount = c.money(Field.AMOUNT, true);
    if (c.failed()) {
      return null;
    }
    return new CrmRecord.MrrRow(RevenueRecord.of(customer, month, amount));
  }
}
