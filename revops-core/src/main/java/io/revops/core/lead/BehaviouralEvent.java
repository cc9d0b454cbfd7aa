package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Instant;

/**
 * Something a lead did that marketing can observe: a site visit, a content download, an email open,
 * an event attended. Behavioural criteria count these in a window before the evaluation instant.
 */
public sealed interface BehaviouralEvent extends Comparable<BehaviouralEvent> {
  /** When it happened. */
  Instant at();

  /**
   * Orders by time; events at the same instant by kind, then by content, so that {@code compareTo} is 0
   * only for equal events (a {@code TreeSet} keeps two different events of the same instant).
   */
  @Override
  default int compareTo(BehaviouralEvent o) {
    int c = at().compareTo(o.at());
    if (c == 0) {
      c = getClass().getSimpleName().compareTo(o.getClass().getSimpleName());
    }
    // records print every component, so equal strings mean equal events of one kind
    return c != 0 ? c : toString().compareTo(o.toString());
  }

  /** A visit to the site. */
  static SiteVisit siteVisit(Instant at, PageKind pageKind) {
    return new SiteVisit(at, pageKind);
  }

  /** A downloaded piece of content. */
  static ContentDownload contentDownload(Instant at, String title) {
    return new ContentDownload(at, title);
  }

  /** An opened email; {@code machineGenerated} marks opens by mail scanners and privacy proxies. */
  static EmailOpen emailOpen(Instant at, boolean machineGenerated) {
    return new EmailOpen(at, machineGenerated);
  }

  /** An event (webinar, conference) the lead attended. */
  static EventAttended eventAttended(Instant at, String eventName) {
    return new EventAttended(at, eventName);
  }

  /**
   * A visit to a site page of a given kind.
   *
   * @param at when
   * @param pageKind pricing, case study or other
   */
  record SiteVisit(Instant at, PageKind pageKind) implements BehaviouralEvent {
    /** Validates the visit. */
    public SiteVisit {
      requireNonNull(at, "at");
      requireNonNull(pageKind, "pageKind");
    }
  }

  /**
   * A downloaded piece of content.
   *
   * @param at when
   * @param title what was downloaded
   */
  record ContentDownload(Instant at, String title) implements BehaviouralEvent {
    /** Validates the download. */
    public ContentDownload {
      requireNonNull(at, "at");
      requireNonNull(title, "title");
      Args.text("title", title);
    }
  }

  /**
   * An opened email.
   *
   * @param at when
   * @param machineGenerated true for opens by mail scanners or privacy proxies, not a person
   */
  record EmailOpen(Instant at, boolean machineGenerated) implements BehaviouralEvent {
    /** Validates the open. */
    public EmailOpen {
      requireNonNull(at, "at");
    }
  }

  /**
   * An attended event.
   *
   * @param at when
   * @param eventName which event
   */
  record EventAttended(Instant at, String eventName) implements BehaviouralEvent {
    /** Validates the attendance. */
    public EventAttended {
      requireNonNull(at, "at");
      requireNonNull(eventName, "eventName");
      Args.text("eventName", eventName);
    }
  }
}
