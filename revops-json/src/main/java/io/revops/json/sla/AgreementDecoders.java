package io.revops.json.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.money.Rate;
import io.revops.core.qualification.Criterion;
import io.revops.json.JsonCursor;
import io.revops.json.JsonLimits;
import io.revops.json.QualificationModule;
import io.revops.sla.DayBasis;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.TimeBasis;
import io.revops.sla.calendar.BusinessCalendar;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The streaming decoders of agreements and obligations. Every failure is a {@code JsonPathException} with the
 * path ({@code $.obligations[2].allowance}), the value and the rule; unknown fields are rejected; obligation
 * types and enum values are lower-case snake case ({@code "first_contact"}, {@code "working_time"}).
 */
final class AgreementDecoders {
  private AgreementDecoders() {}

  private static final ObjectMapper TREES = new ObjectMapper(JsonLimits.factory());
  private static final ObjectMapper CRITERIA = new ObjectMapper(JsonLimits.factory())
      .registerModule(new QualificationModule());

  static SlaAgreement agreement(JsonCursor in, CalendarCodec calendars) throws IOException {
    in.beginObject("an SLA agreement");
    String name = null;
    BusinessCalendar calendar = null;
    BigDecimal atRiskShare = null;
    List<Obligation> obligations = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "name" -> name = in.text("an agreement name");
        case "calendar" -> calendar = calendar(in, calendars);
        case "atRiskShare" -> atRiskShare = in.decimal("a share of the allowance in [0, 1]");
        case "obligations" -> obligations = in.list("obligations", AgreementDecoders::obligation);
        default -> throw in.unknownField("name, calendar, atRiskShare, obligations");
      }
    }
    String n = in.required(name, "name", "an agreement name (a JSON string)");
    BusinessCalendar c = in.required(calendar, "calendar", "a calendar descriptor (a JSON object)");
    List<Obligation> o = in.required(obligations, "obligations", "an array of obligations");
    SlaAgreement a = in.build(() -> SlaAgreement.of(n, c, o));
    if (atRiskShare == null) {
      return a;
    }
    BigDecimal share = atRiskShare;
    return in.build(() -> a.withAtRiskShare(Rate.of(share)));
  }

  private static BusinessCalendar calendar(JsonCursor in, CalendarCodec calendars) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected("a calendar descriptor (a JSON object)");
    }
    JsonNode tree = TREES.readTree(in.parser());
    return in.build(() -> calendars.resolveJson((ObjectNode) tree).orElseThrow(() -> new IllegalArgumentException(
        "no calendar codec resolves the calendar descriptor " + io.revops.core.batch.Quote.bounded(tree)
            + "; supply one to SlaModule.of(codec)")));
  }

  private static final String OBLIGATION_TYPES = JsonCursor.allowed(Obligation.Type.class);

  static Obligation obligation(JsonCursor in) throws IOException {
    in.beginObject("an obligation");
    Obligation.Type type = null;
    Duration allowance = null;
    TimeBasis basis = null;
    Integer attempts = null;
    Integer days = null;
    DayBasis dayBasis = null;
    List<ContactChannel> channels = null;
    List<RejectionCode> allowed = null;
    List<EventKind> steps = null;
    Criterion criterion = null;
    List<LeadField> fields = null;
    Duration maxAge = null;
    Integer minItems = null;
    Integer quota = null;
    List<String> seen = new ArrayList<>();
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "type" -> type = in.enumValue(Obligation.Type.class, "an obligation type");
        case "allowance" -> allowance = in.duration();
        case "basis" -> basis = in.enumValue(TimeBasis.class);
        case "attempts" -> attempts = in.intCount("a number of attempts");
        case "days" -> days = in.intCount("a number of days");
        case "dayBasis" -> dayBasis = in.enumValue(DayBasis.class);
        case "channels" -> channels = in.list("contact channels", x -> x.enumValue(ContactChannel.class));
        case "allowed" -> allowed = in.list("rejection codes", x -> x.enumValue(RejectionCode.class));
        case "steps" -> steps = in.list("event types", x -> x.enumValue(EventKind.class));
        case "criterion" -> criterion = criterion(in);
        case "fields" -> fields = in.list("lead fields", x -> x.enumValue(LeadField.class));
        case "maxAge" -> maxAge = in.duration();
        case "minItems" -> minItems = in.intCount("a number of items");
        case "quota" -> quota = in.intCount("a number of MQLs");
        default -> throw in.unknownField("type, allowance, basis, attempts, days, dayBasis, channels, allowed, "
            + "steps, criterion, fields, maxAge, minItems, quota");
      }
      if (!f.equals("type")) {
        seen.add(f);
      }
    }
    Obligation.Type t = in.required(type, "type", "an obligation type, one of " + OBLIGATION_TYPES);
    Set<String> own = switch (t) {
      case FIRST_CONTACT -> Set.of("allowance", "basis");
      case ATTEMPTS -> Set.of("attempts", "days", "dayBasis", "channels");
      case REJECTION_REASON -> Set.of("allowed");
      case STEPS_IN_ORDER -> Set.of("steps");
      case MQL_CRITERIA -> Set.of("criterion");
      case REQUIRED_FIELDS -> Set.of("fields");
      case DATA_FRESH -> Set.of("maxAge");
      case CONTEXT -> Set.of("minItems");
      case MONTHLY_QUOTA -> Set.of("quota");
      case WEEKLY_CONVERSION_REPORT, MONTHLY_REJECTION_REVIEW -> Set.of();
    };
    for (String f : seen) {
      if (!own.contains(f)) {
        throw in.notAllowed(f, "a " + JsonCursor.name(t) + " obligation has no field \"" + f + "\"");
      }
    }
    return switch (t) {
      case FIRST_CONTACT -> {
        Duration a = in.required(allowance, "allowance", "an ISO-8601 duration such as \"PT1H\"");
        TimeBasis b = in.required(basis, "basis", "one of " + JsonCursor.allowed(TimeBasis.class));
        yield in.build(() -> new Obligation.FirstContactWithin(a, b));
      }
      case ATTEMPTS -> {
        int a = in.required(attempts, "attempts", "a number of attempts");
        int d = in.required(days, "days", "a number of days");
        DayBasis b = dayBasis == null ? DayBasis.CALENDAR : dayBasis;
        Set<ContactChannel> c = enumSet(in.required(channels, "channels", "contact channels"), ContactChannel.class);
        yield in.build(() -> new Obligation.AttemptsWithin(a, d, b, c));
      }
      case REJECTION_REASON -> {
        Set<RejectionCode> a = enumSet(in.required(allowed, "allowed", "rejection codes"), RejectionCode.class);
        yield in.build(() -> new Obligation.RejectionHasReason(a));
      }
      case STEPS_IN_ORDER -> {
        List<EventKind> s = List.copyOf(in.required(steps, "steps", "event types"));
        yield in.build(() -> new Obligation.StepsInOrder(s));
      }
      case MQL_CRITERIA -> {
        Criterion c = criterion;
        yield c == null ? new Obligation.MqlMeetsCriteria() : in.build(() -> new Obligation.MqlMeetsCriteria(c));
      }
      case REQUIRED_FIELDS -> {
        Set<LeadField> f = enumSet(in.required(fields, "fields", "lead fields"), LeadField.class);
        yield in.build(() -> new Obligation.RequiredFieldsComplete(f));
      }
      case DATA_FRESH -> {
        Duration m = in.required(maxAge, "maxAge", "an ISO-8601 duration such as \"P30D\"");
        yield in.build(() -> new Obligation.DataFresh(m));
      }
      case CONTEXT -> {
        int m = in.required(minItems, "minItems", "a number of items");
        yield in.build(() -> new Obligation.ContextPresent(m));
      }
      case MONTHLY_QUOTA -> {
        int q = in.required(quota, "quota", "a number of MQLs");
        yield in.build(() -> new Obligation.MonthlyMqlQuota(q));
      }
      case WEEKLY_CONVERSION_REPORT -> new Obligation.WeeklyConversionReport();
      case MONTHLY_REJECTION_REVIEW -> new Obligation.MonthlyRejectionReview();
    };
  }

  private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return new LinkedHashSet<>(set);
  }

  private static final java.util.regex.Pattern INNER_PATH = java.util.regex.Pattern.compile("at \\$(\\S*): ");

  // The qualification module owns the criterion's JSON; an agreement embeds it as written there.
  private static Criterion criterion(JsonCursor in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected("a criterion (a JSON object)");
    }
    JsonNode tree = TREES.readTree(in.parser());
    try {
      return CRITERIA.treeToValue(tree, Criterion.class);
    } catch (JsonProcessingException e) {
      // the criterion's reader reports "at $.of[1].min: ..." from the criterion's root: report it from the document's
      String inner = e.getOriginalMessage();
      java.util.regex.Matcher at = INNER_PATH.matcher(inner);
      if (at.lookingAt()) {
        throw in.failBelow(at.group(1), io.revops.core.batch.Quote.bounded(inner.substring(at.end()), 480));
      }
      throw in.fail("invalid criterion: " + io.revops.core.batch.Quote.bounded(inner, 480));
    }
  }
}
