package io.revops.core.quality;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the quality of lead data: duplicate people and companies, completeness per field,
 * freshness, and the leads the funnel counts twice.
 *
 * <pre>{@code
 * DataQuality quality = DataQuality.defaultRegion("RU").staleAfter(Duration.ofDays(365));
 * Findings findings = Findings.create();
 * DataQualityReport report = quality.checkLeads(leads, asOf, "crm-export", findings);
 * report.leadsCountedTwice();   // the funnel's inflation by duplicates
 * report.duplicatePeople();     // each cluster explained: keys matched, confidence
 * }</pre>
 *
 * <p><b>Matching.</b> Two leads are the same person if they share a {@link MatchKey#EMAIL} (case,
 * aliases, documented plus-addressing and Gmail's dots folded), a {@link MatchKey#PHONE} (E.164 by
 * libphonenumber in the default region) or a {@link MatchKey#NAME_AT_COMPANY} (the name's words in
 * any order, at the same company by valid INN, else by company name); sharing is transitive. Two
 * companies are the same if they share a valid {@link MatchKey#INN} or a {@link
 * MatchKey#COMPANY_NAME} (without legal form ООО/АО/ПАО/ЗАО/ИП/OOO/LLC…, quotes, case and word
 * order). A typo in every identifier of a lead is not found: matching is exact on normalised keys.
 *
 * <p><b>Findings.</b> An email, phone or INN that cannot be read (an INN whose check digits fail), a
 * company name that is only a legal form, and a verification after the as-of instant are each
 * reported (source, line = the record's position from 1, field, value, rule) and left out of
 * matching; the record is still counted.
 *
 * <p>Cost: linear: one pass to compute keys (a libphonenumber parse is most of it, a few µs per
 * record) and block them in hash tables (some 120 MB for 10⁶ records, beside the records themselves), then a pass over the
 * duplicates; no pairs are compared. See BENCHMARKS.md.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataQuality {
  /** The default stale threshold: a year. */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(365);

  private final Phones phones;
  private final Duration staleAfter;

  private DataQuality(Phones phones, Duration staleAfter) {
    this.phones = phones;
    this.staleAfter = staleAfter;
  }

  /**
   * A check that reads phone numbers without a country code in {@code region}, stale after a year.
   *
   * @param region an ISO 3166-1 alpha-2 region libphonenumber supports, e.g. {@code "RU"}
   * @return the check
   */
  public static DataQuality defaultRegion(String region) {
    requireNonNull(region, "defaultRegion");
    return new DataQuality(new Phones(region), DEFAULT_STALE_AFTER);
  }

  /**
   * This check with another stale threshold.
   *
   * @param staleAfter the age from which a record's data is stale, positive
   * @return the check
   */
  public DataQuality staleAfter(Duration staleAfter) {
    requireNonNull(staleAfter, "staleAfter");
    checkArgument(!staleAfter.isNegative() && !staleAfter.isZero(),
        "staleAfter must be positive: %s", staleAfter);
    return new DataQuality(phones, staleAfter);
  }

  /**
   * Checks leads (without INNs; use {@link #check} with {@link QualityRecord#withInn} to add them).
   *
   * @param leads the leads
   * @param asOf the instant freshness is measured at
   * @param source the name findings carry
   * @param findings receives the values that cannot be read
   * @return the report
   */
  public DataQualityReport checkLeads(
      List<Lead> leads, Instant asOf, String source, Consumer<Finding> findings) {
    requireNonNull(leads, "leads");
    return check(leads.stream().map(QualityRecord::of).toList(), asOf, source, findings);
  }

  /**
   * Checks records.
   *
   * @param records the records, in the order findings' lines count them
   * @param asOf the instant freshness is measured at
   * @param source the name findings carry
   * @param findings receives the values that cannot be read
   * @return the report
   */
  public DataQualityReport check(
      List<QualityRecord> records, Instant asOf, String source, Consumer<Finding> findings) {
    requireNonNull(records, "records");
    requireNonNull(asOf, "asOf");
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    int n = records.size();
    KeyIndex people = new KeyIndex(n);
    KeyIndex companies = new KeyIndex(n);
    Map<String, Tally> counts = new LinkedHashMap<>();
    for (String field : List.of("name", "email", "phone", "company", "inn", "verified_at")) {
      counts.put(field, new Tally());
    }
    long[] ages = new long[n];
    int aged = 0;
    long stale = 0;
    long future = 0;
    for (int i = 0; i < n; i++) {
      QualityRecord r = requireNonNull(records.get(i), "records element");
      long line = i + 1L;
      int record = i;
      Optional<String> person = r.name().flatMap(Names::personKey);
      count(counts, "name", r.name().isPresent(), person.isPresent());
      Optional<String> email = r.email().flatMap(Emails::key);
      usable(counts, "email", r.email(), email, source, line, findings, "an email local@domain.tld");
      email.ifPresent(k -> people.add(MatchKey.EMAIL, k, record));
      Optional<String> phone = r.phone().flatMap(phones::key);
      usable(counts, "phone", r.phone(), phone, source, line, findings, "a phone number "
          + "libphonenumber reads, in region " + phones.region() + " or with its country code");
      phone.ifPresent(k -> people.add(MatchKey.PHONE, k, record));
      Optional<String> inn = r.inn().filter(Inn::isValid);
      usable(counts, "inn", r.inn(), inn, source, line, findings,
          "an INN of 10 or 12 digits with valid check digits");
      inn.ifPresent(k -> companies.add(MatchKey.INN, k, record));
      Optional<String> company = r.company().flatMap(Names::companyKey);
      usable(counts, "company", r.company(), company, source, line, findings,
          "a company name besides its legal form");
      company.ifPresent(k -> companies.add(MatchKey.COMPANY_NAME, k, record));
      Optional<String> at = inn.map(k -> "inn " + k).or(() -> company);
      if (person.isPresent() && at.isPresent()) {
        people.add(MatchKey.NAME_AT_COMPANY, person.get() + " @ " + at.get(), i);
      }
      if (r.verifiedAt().isPresent()) {
        Duration age = Duration.between(r.verifiedAt().get(), asOf);
        boolean ok = !age.isNegative();
        count(counts, "verified_at", true, ok);
        if (ok) {
          ages[aged++] = age.getSeconds();
          stale += age.compareTo(staleAfter) >= 0 ? 1 : 0;
        } else {
          future++;
          findings.accept(Finding.of(source, line, "verified_at", r.verifiedAt().get(),
              "verified at or before the as-of instant " + asOf));
        }
      } else {
        count(counts, "verified_at", false, false);
      }
    }
    List<FieldCompleteness> completeness = new ArrayList<>();
    counts.forEach((field, c) -> completeness.add(new FieldCompleteness(field, n, c.present, c.usable)));
    Optional<Duration> median = Optional.empty();
    if (aged > 0) {
      long[] sorted = Arrays.copyOf(ages, aged);
      Arrays.sort(sorted);
      median = Optional.of(Duration.ofSeconds(sorted[(aged - 1) / 2]));
    }
    Freshness freshness = new Freshness(asOf, staleAfter, aged - stale, stale,
        n - aged - future, future, median);
    return new DataQualityReport(phones.region(), n,
        clusters(people, MatchKey.Level.PERSON, records),
        clusters(companies, MatchKey.Level.COMPANY, records), completeness, freshness);
  }

  /** One field's counts: the records that have it and those whose value is usable. */
  private static final class Tally {
    long present;
    long usable;
  }

  private static void count(Map<String, Tally> counts, String field, boolean present, boolean ok) {
    Tally c = counts.get(field);
    c.present += present ? 1 : 0;
    c.usable += ok ? 1 : 0;
  }

  private static void usable(Map<String, Tally> counts, String field, Optional<String> raw,
      Optional<String> key, String source, long line, Consumer<Finding> findings, String rule) {
    count(counts, field, raw.isPresent(), key.isPresent());
    if (raw.isPresent() && key.isEmpty()) {
      findings.accept(Finding.of(source, line, field, raw.get(), rule));
    }
  }

  private static List<DuplicateCluster> clusters(
      KeyIndex index, MatchKey.Level level, List<QualityRecord> records) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < index.size(); i++) {
      if (index.shared(i) != 0) {
        byRoot.computeIfAbsent(index.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      Set<String> variants = new LinkedHashSet<>();
      for (int i : members) {
        QualityRecord r = records.get(i);
        variants.add(level == MatchKey.Level.PERSON
            ? r.name().orElse("?") + " <" + r.email().orElse("?") + "> " + r.phone().orElse("?")
            : r.company().orElse("?") + r.inn().map(k -> " INN " + k).orElse(""));
      }
      if (level == MatchKey.Level.COMPANY && variants.size() < 2) {
        continue; // one company written one way: its leads are not duplicates of each other
      }
      out.add(cluster(index, level, records, members, variants));
    }
    out.sort(Comparator.comparingInt(DuplicateCluster::size).reversed());
    return out;
  }

  private static DuplicateCluster cluster(KeyIndex index, MatchKey.Level level,
      List<QualityRecord> records, List<Integer> members, Set<String> variants) {
    Map<MatchKey, Integer> keys = new EnumMap<>(MatchKey.class);
    List<LeadId> ids = new ArrayList<>(members.size());
    double confidence = 1;
    for (int i : members) {
      ids.add(records.get(i).id());
      double unsure = 1;
      for (MatchKey k : MatchKey.values()) {
        if ((index.shared(i) & (1 << k.ordinal())) != 0) {
          keys.merge(k, 1, Integer::sum);
          unsure *= 1 - k.confidence();
        }
      }
      confidence = Math.min(confidence, 1 - unsure);
    }
    return new DuplicateCluster(level, ids, keys, List.copyOf(variants), confidence);
  }

  @Override
  public String toString() {
    return "data quality check, phones in " + phones.region() + ", stale after " + staleAfter.toDays()
        + " days";
  }
}
