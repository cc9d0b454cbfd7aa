package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static String event(String id, String at) {
    return q("{'type':'became_mql','id':'" + id + "','leadId':'L-1','at':'" + at + "'}");
  }

  private static final String LINES = q(String.join("\n",
      "{'type':'created','id':'e1','leadId':'L-1','at':'2026-03-06T14:30:00Z','source':'webinar'}",
      "",
      "{'type':'became_mql','id':'e2','leadId':'L-1','at':'yesterday'}",
      "{'type':'became_mql','id':'e3','leadId':'L-1','at':'2026-03-06T14:31:00Z'}",
      "not json at all",
      "null",
      "{'type':'created','id':'e4','leadId':'L-2','at':'2026-03-06T14:30:00Z','source':'referral'}"));

  private static List<LeadEvent> readAll(String text, Findings findings) {
    try (JsonLines<LeadEvent> lines = JsonLines.read(text, "events.jsonl", Decoders.LEAD_EVENT, findings)) {
      return lines.stream().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void badLinesAreFindingsAndTheRestIsRead() {
    Findings findings = Findings.create();
    List<LeadEvent> events = readAll(LINES, findings);
    assertThat(events).extracting(LeadEvent::id).containsExactly(EventId.of("e1"), EventId.of("e3"), EventId.of("e4"));
    assertThat(findings.all()).extracting(Finding::line).containsExactly(3L, 5L, 6L);
    Finding at = findings.all().get(0);
    assertThat(at.source()).isEqualTo("events.jsonl");
    assertThat(at.field()).hasValue("$.at");
    assertThat(at.value()).hasValue("yesterday");
    assertThat(at.rule()).startsWith("expected an ISO-8601 instant");
    assertThat(findings.all().get(1).rule()).startsWith("malformed JSON: Unrecognized token 'not'");
    assertThat(findings.all().get(2).rule()).isEqualTo("expected one value per line, got null");
    assertThat(LeadEventHistory.groupByLead(events)).hasSize(2);
  }

  @Test
  void hostileNumbersAreFindingsNamingTheBound() {
    String won = q("{'type':'won','id':'w','leadId':'L-1','at':'2026-03-06T14:30:00Z','amount':{'amount':%s,'currency':'RUB'}}");
    Findings findings = Findings.create();
    List<LeadEvent> events = readAll(String.join("\n", String.format(won, "1e999999999"), String.format(won, "1e-999999999"),
        String.format(won, "1" + "0".repeat(200)), String.format(won, "12.50")), findings);
    assertThat(events).hasSize(1);
    assertThat(findings.all()).hasSize(3);
    assertThat(findings.all().get(0).field()).hasValue("$.amount.amount");
    assertThat(findings.all().get(0).value()).hasValue("1e999999999");
    assertThat(findings.all().get(0).rule()).contains("at most 40 significant digits", "exponent within ±40");
    assertThat(findings.all().get(1).rule()).contains("exponent within ±40");
    assertThat(findings.all().get(2).rule()).contains("Number value length").contains("exceeds the maximum");
  }

  @Test
  void deepNestingIsAFindingNotAStackOverflow() {
    Findings findings = Findings.create();
    String deep = "[".repeat(100_000);
    List<LeadEvent> events = readAll(deep + "\n" + event("e1", "2026-03-06T14:30:00Z"), findings);
    assertThat(events).hasSize(1);
    assertThat(findings.all()).singleElement().satisfies(f -> assertThat(f.rule()).contains("a lead event"));
    // where a reader descends (a tree), the nesting bound stops it
    assertThatThrownBy(() -> RevOpsJson.mapper().readTree(deep))
        .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void unknownAndForeignFieldsArePathCarryingFindings() {
    Findings findings = Findings.create();
    readAll(String.join("\n",
        q("{'type':'became_mql','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z','rep':'r-1'}"),
        q("{'type':'became_mql','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z','visitedPageKind':'x'}"),
        q("{'type':'first-contact','id':'e','leadId':'L','at':'2026-03-06T14:30:00Z'}")), findings);
    assertThat(findings.all()).extracting(Finding::field).containsExactly(Optional.of("$.rep"),
        Optional.of("$.visitedPageKind"), Optional.of("$.type"));
    assertThat(findings.all().get(0).rule()).isEqualTo("a became_mql event has no field \"rep\"");
    assertThat(findings.all().get(1).rule()).startsWith("unknown field \"visitedPageKind\"");
    assertThat(findings.all().get(2).rule()).startsWith("expected a lead event type, one of \"created\"");
  }

  @Test
  void aDuplicateFieldIsAPathCarryingFindingAtAnyDepth() {
    Findings findings = Findings.create();
    List<LeadEvent> events = readAll(String.join("\n",
        q("{'type':'became_mql','id':'e1','leadId':'L','at':'2026-03-06T14:30:00Z','id':'e9'}"),
        q("{'type':'won','id':'e2','leadId':'L','at':'2026-03-06T14:30:00Z','amount':{'amount':1,'currency':'RUB','amount':2}}"),
        q("{'type':'became_mql','id':'e3','leadId':'L','at':null,'at':'2026-03-06T14:30:00Z'}"),
        // the same names in the next object at the same depth are no duplicates
        q("{'type':'won','id':'e4','leadId':'L','at':'2026-03-06T14:30:00Z','amount':{'amount':1,'currency':'RUB'}}"),
        q("{'type':'became_mql','id':'e5','leadId':'L','at':'2026-03-06T14:30:00Z'}")), findings);
    assertThat(events).extracting(LeadEvent::id).containsExactly(EventId.of("e4"), EventId.of("e5"));
    assertThat(findings.all()).extracting(Finding::line).containsExactly(1L, 2L, 3L);
    assertThat(findings.all()).extracting(Finding::field).containsExactly(Optional.of("$.id"),
        Optional.of("$.amount.amount"), Optional.of("$.at"));
    assertThat(findings.all().get(0).value()).hasValue("id");
    assertThat(findings.all().get(0).rule()).isEqualTo("duplicate field \"id\"; a field is given at most once");
    assertThatThrownBy(() -> RevOpsJson.mapper().readValue(
        q("{'type':'became_mql','id':'e1','leadId':'L','at':'2026-03-06T14:30:00Z','id':'e9'}"), LeadEvent.class))
        .hasMessageStartingWith("$.id: duplicate field \"id\"; a field is given at most once");
  }

  @Test
  void aDuplicateAmongManyFieldsIsFound() {
    JsonDecoder<Long> sum = in -> {
      in.beginObject("numbers");
      long total = 0;
      for (String f = in.nextField(); f != null; f = in.nextField()) {
        total += in.wholeNumber(f);
      }
      return total;
    };
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
    }
    String ok = many + "}";
    String dup = many + ",\"f25\":1}";
    String dupEarly = many + ",\"f3\":1}";
    Findings findings = Findings.create();
    try (JsonLines<Long> lines = JsonLines.read(String.join("\n", ok, dup, dupEarly, ok), "n.jsonl", sum, findings)) {
      assertThat(lines.stream().toList()).containsExactly(780L, 780L);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(findings.all()).extracting(Finding::field).containsExactly(Optional.of("$.f25"), Optional.of("$.f3"));
    assertThat(findings.all()).extracting(Finding::line).containsExactly(2L, 3L);
  }

  @Test
  void oneParserReadsTheBufferedLinesAndABadLineIsReadOnItsOwn() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(event("e" + i, "2026-03-06T14:30:00Z")).append(i % 7 == 0 ? "\r\n\n  \n" : "\n");
    }
    try (JsonLines<LeadEvent> lines = JsonLines.read(text.toString(), "e.jsonl", Decoders.LEAD_EVENT, FAIL_ON_FINDING)) {
      assertThat(lines.stream().count()).isEqualTo(300);
      assertThat(lines.parsersCreated()).isEqualTo(1);
    }
    Findings findings = Findings.create();
    String good = event("g", "2026-03-06T14:30:00Z");
    String all = String.join("\n", good, good + " " + good, "{\"type\":\"became_mql\",", "\"id\":\"x\"}", good,
        good + "x", good + "   ", "\"a string\"", "12", good);
    try (JsonLines<LeadEvent> lines = JsonLines.read(all, "e.jsonl", Decoders.LEAD_EVENT, findings)) {
      assertThat(lines.stream().count()).isEqualTo(4);
      assertThat(lines.linesRead()).isEqualTo(10);
      // the first buffer parser, then per bad line: its own parser and a new buffer parser
      assertThat(lines.parsersCreated()).isEqualTo(1 + 2 * 6);
    }
    assertThat(findings.all()).extracting(Finding::line).containsExactly(2L, 3L, 4L, 6L, 8L, 9L);
    assertThat(findings.all().get(0).rule()).isEqualTo("one JSON value per line; the line goes on after it");
    assertThat(findings.all().get(1).rule()).startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(findings.all().get(2).rule()).isEqualTo("expected a lead event (a JSON object), got \"id\"");
    assertThat(findings.all().get(3).rule()).startsWith("malformed JSON: Unrecognized token 'x'");
    assertThat(findings.all().get(4).rule()).startsWith("expected a lead event (a JSON object), got \"a string\"");
    assertThat(findings.all().get(5).rule()).startsWith("expected a lead event (a JSON object), got 12");
  }

  private static final java.util.function.Consumer<Finding> FAIL_ON_FINDING = f -> {
    throw new AssertionError("unexpected finding " + f);
  };

  @Test
  void aMalformedLastLineAndAnUndecodableByteAreFindings() {
    byte[] good = (event("e1", "2026-03-06T14:30:00Z") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] badByte = event("e2", "2026-03-06T14:30:00Z").replace("L-1", "L-\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    byte[] last = "{\"type\":\"became_mql\",\"id\":".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(good);
    all.writeBytes(badByte);
    all.write('\n');
    all.writeBytes(good);
    all.writeBytes(last);
    Findings findings = Findings.create();
    try (JsonLines<LeadEvent> lines = JsonLines.read(new ByteArrayInputStream(all.toByteArray()), "x.jsonl",
        Decoders.LEAD_EVENT, findings)) {
      assertThat(lines.stream().count()).isEqualTo(2);
      assertThat(lines.linesRead()).isEqualTo(4);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(findings.all()).extracting(Finding::line).containsExactly(2L, 4L);
    assertThat(findings.all().get(0).rule()).contains("UTF-8");
    assertThat(findings.all().get(1).rule()).startsWith("malformed JSON: Unexpected end-of-input");
  }

  @Test
  void aTruncatedGzipKeepsTheLinesBeforeAndNamesTheFile(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append(event("e" + i, "2026-03-06T14:30:00Z")).append('\n');
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Path file = dir.resolve("events.jsonl.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    Findings findings = Findings.create();
    long read;
    try (JsonLines<LeadEvent> lines = JsonLines.read(file, Decoders.LEAD_EVENT, findings)) {
      read = lines.stream().count();
    }
    assertThat(read).isBetween(100L, 4999L);
    assertThat(findings.all()).isNotEmpty();
    assertThat(findings.all()).allSatisfy(f -> assertThat(f.source()).isEqualTo("events.jsonl.gz"))
        .anySatisfy(f -> assertThat(f.rule()).contains("ends early or is corrupt"));
  }

  @Test
  void plainAndGzipReadTheSame(@TempDir Path dir) throws IOException {
    String text = event("e1", "2026-03-06T14:30:00Z") + "\r\n" + event("e2", "2026-03-06T14:31:00.5Z") + "\n";
    Path plain = dir.resolve("a.jsonl");
    Files.writeString(plain, text);
    Path gz = dir.resolve("a.jsonl.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Findings findings = Findings.create();
    List<LeadEvent> a;
    List<LeadEvent> b;
    try (JsonLines<LeadEvent> x = JsonLines.read(plain, Decoders.LEAD_EVENT, findings);
        JsonLines<LeadEvent> y = JsonLines.read(gz, Decoders.LEAD_EVENT, findings)) {
      a = x.stream().toList();
      b = y.stream().toList();
    }
    assertThat(findings.isEmpty()).isTrue();
    assertThat(a).hasSize(2).isEqualTo(b);
  }

  @Test
  void anOverlongLineIsAFindingAndTheNextLineIsRead() {
    String huge = q("{'type':'became_mql','id':'") + "x".repeat(JsonLimits.MAX_LINE_BYTES + 10) + q("'}");
    Findings findings = Findings.create();
    List<LeadEvent> events = readAll(huge + "\n" + event("e1", "2026-03-06T14:30:00Z"), findings);
    assertThat(events).hasSize(1);
    assertThat(findings.all()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.rule()).isEqualTo("a line of at most " + JsonLimits.MAX_LINE_BYTES + " bytes");
    });
  }
}
