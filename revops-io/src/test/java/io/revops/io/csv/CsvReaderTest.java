package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile and real-world CSV: every damaged row is one finding, the rows after it are read as written. */
class CsvReaderTest {
  private final Findings findings = Findings.create();

  private List<CsvRow> read(String text) {
    return read(text, Optional.empty());
  }

  private List<CsvRow> read(String text, Optional<Character> delimiter) {
    CsvReader reader = CsvReader.open(new StringReader(text), "t.csv", delimiter, "UTF-8", findings);
    return reader.stream().toList();
  }

  private List<String> ids(List<CsvRow> rows) {
    return rows.stream().map(r -> r.cell(0)).toList();
  }

  private List<Long> findingLines() {
    return findings.all().stream().map(Finding::line).toList();
  }

  @Test
  void quotedValuesWithDelimitersQuotesAndLineBreaks() {
    List<CsvRow> rows = read("id,note,x\n1,\"a, \"\"b\"\"\nc\",z\n2,plain,y\n");
    assertThat(findings.all()).isEmpty();
    assertThat(rows).containsExactly(CsvRow.of(2, List.of("1", "a, \"b\"\nc", "z")), CsvRow.of(4, List.of("2", "plain", "y")));
  }

  @Test
  void crlfBlankLinesAndATrailingDelimiterOnEveryLine() {
    CsvReader reader = CsvReader.open(new StringReader("\"ID\";\"Имя\";\r\n\r\n\"1\";\"Анна\";\r\n\"2\";\"\";\r\n"), "b.csv",
        Optional.empty(), "UTF-8", findings);
    assertThat(reader.delimiter()).isEqualTo(';');
    assertThat(reader.header().names()).containsExactly("ID", "Имя");
    assertThat(reader.stream().toList()).containsExactly(CsvRow.of(3, List.of("1", "Анна")), CsvRow.of(4, List.of("2", "")));
    assertThat(findings.all()).isEmpty();
    assertThat(reader.rowsRead()).isEqualTo(2);
  }

  @Test
  void anUnterminatedQuoteRejectsOnlyItsRow() {
    List<CsvRow> rows = read("id,name,n\n1,a,1\n2,\"broken,2\n3,c,3\n4,\"d, quoted\",4\n5,e,5\n");
    assertThat(ids(rows)).containsExactly("1", "3", "4", "5");
    assertThat(findingLines()).containsExactly(3L);
    assertThat(findings.all().get(0).rule()).contains("well-formed CSV");
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(3).line()).isEqualTo(6);
  }

  @Test
  void anUnterminatedQuoteOnTheLastLine() {
    List<CsvRow> rows = read("id,name\n1,a\n2,\"never closed");
    assertThat(ids(rows)).containsExactly("1");
    assertThat(findingLines()).containsExactly(3L);
    assertThat(findings.all().get(0).rule()).contains("unterminated quote");
  }

  @Test
  void anUnterminatedQuoteWithNoQuoteAfterItReadsTheRestOfTheFile() {
    List<CsvRow> rows = read("id,name\n1,\"open\n2,b\n3,c\n");
    assertThat(ids(rows)).containsExactly("2", "3");
    assertThat(findingLines()).containsExactly(2L);
  }

  @Test
  void textAfterAClosingQuote() {
    List<CsvRow> rows = read("id;name\n1;\"a\"b\n2;c\n");
    assertThat(ids(rows)).containsExactly("2");
    assertThat(findings.all()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.rule()).contains("text after a closing quote");
    });
  }

  @Test
  void shortAndLongRowsAreRejectedEmptyExtraCellsAreNot() {
    List<CsvRow> rows = read("a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n7,8,9\n");
    assertThat(rows).extracting(CsvRow::line).containsExactly(4L, 5L);
    assertThat(findingLines()).containsExactly(2L, 3L);
    assertThat(findings.all().get(0).rule()).isEqualTo("a row must have 3 values like the header: it has 2");
  }

  @Test
  void aDuplicateHeaderNameIsAFileFindingAndTheFirstColumnIsRead() {
    CsvReader reader = CsvReader.open(new StringReader("id,stage,stage\n1,a,b\n"), "d.csv", Optional.empty(), "UTF-8",
        findings);
    assertThat(reader.header().indexOf("stage")).hasValue(1);
    assertThat(reader.stream().toList()).hasSize(1);
    assertThat(findings.all()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.field()).hasValue("stage");
      assertThat(f.rule()).contains("columns 2 and 3");
    });
  }

  @Test
  void anUndecodableByteRejectsItsRowAndNamesTheEncodingsTried() throws IOException {
    byte[] bytes = "id,name\n1,ok\n2,bad\n3,ok\n".getBytes(StandardCharsets.UTF_8);
    byte[] damaged = new byte[bytes.length + 1];
    int at = "id,name\n1,ok\n2,b".length();
    System.arraycopy(bytes, 0, damaged, 0, at);
    damaged[at] = (byte) 0xFF;
    System.arraycopy(bytes, at, damaged, at + 1, bytes.length - at);
    TextEncoding.Decoded decoded = TextEncoding.UTF_8.open(new ByteArrayInputStream(damaged));
    CsvReader reader = CsvReader.open(decoded.reader(), "u.csv", Optional.empty(), decoded.tried(), findings);
    assertThat(reader.stream().map(r -> r.cell(0)).toList()).containsExactly("1", "3");
    assertThat(findings.all()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.field()).hasValue("name");
      assertThat(f.rule()).contains("bytes not decodable as UTF-8");
    });
  }

  @Test
  void aFileWithoutRowsIsOneSourceFinding() {
    assertThat(read("")).isEmpty();
    assertThat(findings.all()).singleElement().satisfies(f -> assertThat(f.line()).isZero());
  }

  @Test
  void theDelimiterIsDetectedOutsideQuotes() {
    CsvReader tab = CsvReader.open(new StringReader("\"a;b\"\tc\td\n1\t2\t3\n"), "t.tsv", Optional.empty(), "UTF-8",
        findings);
    assertThat(tab.delimiter()).isEqualTo('\t');
    assertThat(tab.header().names()).containsExactly("a;b", "c", "d");
  }
}
