package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.sla.SlaAgreement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every JSON reader: good values written by the module, mutated byte by byte (cuts, inserted
 * bytes, duplicated chunks, hostile numbers, long strings, deep nesting, invalid UTF-8). A JSON Lines batch of
 * good and mutated lines must read every good line, report every other line as a finding and lose nothing; a
 * document reader must answer a mutant with a value or a {@code JsonProcessingException}, never another exception
 * or an error; and no input may take long. The size is {@code revops.fuzz.scale} times the CI size (the Maven
 * profile {@code -Pfuzz} sets 100).
 */
class JsonFuzzTest {
  private static final int SCALE = Integer.getInteger("revops.fuzz.scale", 1);
  private static final long SEED = Long.getLong("revops.fuzz.seed", 20261207L);
  private static final long MAX_MILLIS_PER_INPUT = 2_000;
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  private static final String[] HOSTILE = {"1e999999999", "1e-999999999", "-0e-99999", "1" + "0".repeat(500),
      "\"" + "x".repeat(100_000) + "\"", "[".repeat(5_000), "{\"a\":".repeat(5_000), "null", "\"\\ud800\"", "NaN",
      "\"+100000-01-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"", "9223372036854775808", "-1", "\"\"", "{}", "[]"};

  static byte[] mutate(byte[] good, Random r) {
    byte[] b = good.clone();
    int ops = 1 + r.nextInt(3);
    for (int k = 0; k < ops && b.length > 0; k++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(7)) {
        case 0 -> b = concat(slice(b, 0, at), slice(b, Math.min(b.length, at + 1 + r.nextInt(8)), b.length));
        case 1 -> b = concat(slice(b, 0, at), new byte[] {(byte) r.nextInt(256)}, slice(b, at, b.length));
        case 2 -> b = concat(slice(b, 0, at), slice(b, at, Math.min(b.length, at + r.nextInt(40))), slice(b, at, b.length));
        case 3 -> b = slice(b, 0, at); // cut short
        case 4 -> {
          // replace the value after a colon with a hostile one
          int colon = indexOf(b, (byte) ':', at);
          if (colon >= 0) {
            int end = colon + 1;
            while (end < b.length && b[end] != ',' && b[end] != '}') {
              end++;
            }
            byte[] h = HOSTILE[r.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8);
            b = concat(slice(b, 0, colon + 1), h, slice(b, end, b.length));
          }
        }
        case 5 -> b[at] = (byte) (0x80 + r.nextInt(0x80)); // a byte that is not UTF-8 on its own
        default -> {
          // rename a field: an unknown or another dialect's field
          int quote = indexOf(b, (byte) '"', at);
          if (quote >= 0 && quote + 1 < b.length) {
            b[quote + 1] = (byte) ('A' + r.nextInt(26));
          }
        }
      }
    }
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        b[i] = ' '; // one mutant is one line
      }
    }
    return b;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private <T> void fuzzLines(String what, Function<Random, T> values, JsonDecoder<T> decoder, int count)
      throws Exception {
    Random r = new Random(SEED ^ what.hashCode());
    java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
    List<T> good = new ArrayList<>();
    int mutants = 0;
    int blank = 0;
    for (int i = 0; i < count; i++) {
      T v = values.apply(r);
      byte[] line = MAPPER.writeValueAsBytes(v);
      if (r.nextBoolean()) {
        good.add(v);
        in.writeBytes(line);
      } else {
        byte[] m = mutate(line, r);
        if (new String(m, StandardCharsets.ISO_8859_1).isBlank()) {
          blank++;
        }
        in.writeBytes(m);
        mutants++;
      }
      in.write('\n');
    }
    Findings findings = Findings.create();
    List<T> read = new ArrayList<>();
    long t0 = System.nanoTime();
    try (JsonLines<T> lines = JsonLines.read(new java.io.ByteArrayInputStream(in.toByteArray()), what, decoder,
        findings)) {
      lines.forEachRemaining(read::add);
      assertThat(lines.linesRead()).as(what + ": every line is read").isEqualTo(count);
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    // a mutant may still be a good value (a mutated id): every good value is read, in order, among the values
    assertThat(read).as(what + ": every good line is read").containsSubsequence(good);
    assertThat(read.size() + findings.size()).as(what + ": nothing lost (blank lines are skipped)")
        .isEqualTo(count - blank);
    assertThat(findings.size()).as(what + ": most mutants are findings").isGreaterThan(mutants / 2);
    assertThat(findings.all()).allSatisfy(f -> assertThat(f.rule()).isNotBlank());
    assertThat(millis).as(what + ": time for " + count + " lines").isLessThan(MAX_MILLIS_PER_INPUT * count / 100);
  }

  @Test
  void jsonLinesOfLeadEvents() throws Exception {
    fuzzLines("events.jsonl", RandomValues::leadEvent, Decoders.LEAD_EVENT, 2_000 * SCALE);
  }

  @Test
  void jsonLinesOfLeads() throws Exception {
    fuzzLines("leads.jsonl", RandomValues::lead, Decoders.LEAD, 1_000 * SCALE);
  }

  @Test
  void jsonLinesOfMoney() throws Exception {
    fuzzLines("money.jsonl", RandomValues::money, Decoders.MONEY, 1_000 * SCALE);
  }

  private void fuzzDocuments(String what, List<?> values, Class<?> type, int count) throws Exception {
    Random r = new Random(SEED ^ what.hashCode());
    List<byte[]> goods = new ArrayList<>();
    for (Object v : values) {
      goods.add(MAPPER.writeValueAsBytes(v));
    }
    int accepted = 0;
    for (int i = 0; i < count; i++) {
      byte[] mutant = mutate(goods.get(r.nextInt(goods.size())), r);
      long t0 = System.nanoTime();
      try {
        MAPPER.readValue(mutant, type);
        accepted++;
      } catch (JsonProcessingException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError(what + ": " + e + " on " + new String(mutant, 0, Math.min(300, mutant.length),
            StandardCharsets.UTF_8), e);
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(millis).as(what + ": time of one mutant").isLessThan(MAX_MILLIS_PER_INPUT);
    }
    assertThat(accepted).as(what + ": some mutants are rejected").isLessThan(count);
  }

  @Test
  void documentReaders() throws Exception {
    Random r = new Random(SEED);
    List<Object> histories = new ArrayList<>();
    List<Object> funnels = new ArrayList<>();
    List<Object> audits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      histories.add(RandomValues.history(r));
      funnels.add(RandomValues.funnel(r));
      audits.add(RandomValues.audit(r));
    }
    fuzzDocuments("history", histories, LeadEventHistory.class, 300 * SCALE);
    fuzzDocuments("funnel", funnels, FunnelSnapshot.class, 300 * SCALE);
    fuzzDocuments("audit", audits, RevenueAudit.class, 300 * SCALE);
    fuzzDocuments("criterion", List.of(HandbookCriteria.mql()), Criterion.class, 300 * SCALE);
    fuzzDocuments("agreement", List.of(SlaAgreement.handbookRussia()), SlaAgreement.class, 300 * SCALE);
    fuzzDocuments("lead", List.of(RandomValues.lead(r)), Lead.class, 300 * SCALE);
    fuzzDocuments("money", List.of(RandomValues.money(r)), MonetaryAmount.class, 300 * SCALE);
    fuzzDocuments("event", List.of(RandomValues.leadEvent(r)), LeadEvent.class, 300 * SCALE);
  }

  @Test
  void findingsNameTheSource() {
    Findings findings = Findings.create();
    try (JsonLines<LeadEvent> lines = JsonLines.read("{\"type\":1}", "x.jsonl", Decoders.LEAD_EVENT, findings)) {
      assertThat(lines.hasNext()).isFalse();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(findings.all()).extracting(Finding::source).containsExactly("x.jsonl");
  }
}
