package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: {@link CsvReader#scan} over a file's bytes ({@link TextEncoding#openBytes}) hands out every row that
 * {@link CsvReader#next()} hands out over the decoded text, at the same line, with the same cells at the scanned
 * columns once decoded, whatever the damage (unterminated quotes, text after a closing quote, short and long
 * rows, line breaks inside quotes, blank lines, CR, LF and CRLF) and the charset (UTF-8 with or without BOM,
 * Windows-1251).
 */
class CsvScanPropertyTest {
  private static final String[] VALUES = {"", "abc", " Анна ", "№ 5", "\"a, b\"", "\"say \"\"hi\"\"\"",
      "\"line\nbreak\"", "\"two\r\nlines; «x»\"", "12,50", "\"oops", "\"x\"y", " ", "Ё", "\"\""};
  private static final String[] BREAKS = {"\n", "\r\n", "\r"};

  private static String text(Random r, char delimiter) {
    StringBuilder b = new StringBuilder("id" + delimiter + "name" + delimiter + "note" + BREAKS[r.nextInt(3)]);
    int rows = r.nextInt(30);
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(10) == 0) {
        b.append(BREAKS[r.nextInt(3)]);
        continue;
      }
      int width = r.nextInt(8) == 0 ? 1 + r.nextInt(5) : 3;
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          b.append(delimiter);
        }
        b.append(r.nextInt(3) == 0 ? String.valueOf(1000 + r.nextInt(20)) : VALUES[r.nextInt(VALUES.length)]);
      }
      if (r.nextInt(6) > 0) {
        b.append(BREAKS[r.nextInt(3)]);
      }
    }
    return b.toString();
  }

  private static byte[] bytes(String text, Charset charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static Map<Long, List<String>> read(byte[] file, char delimiter, int[] columns) throws IOException {
    TextEncoding.Decoded d = TextEncoding.DETECT.open(new ByteArrayInputStream(file));
    Map<Long, List<String>> rows = new LinkedHashMap<>();
    try (CsvReader reader = CsvReader.open(d.reader(), "f.csv", Optional.of(delimiter), d.tried(), f -> { })) {
      reader.forEachRemaining(row -> {
        List<String> cells = new ArrayList<>();
        for (int c : columns) {
          cells.add(row.cell(c));
        }
        rows.put(row.line(), cells);
      });
    }
    return rows;
  }

  private static Map<Long, List<String>> scan(byte[] file, char delimiter, int[] columns) throws IOException {
    TextEncoding.Bytes b = TextEncoding.DETECT.openBytes(new ByteArrayInputStream(file));
    assertThat(b.bytes()).isTrue();
    Map<Long, List<String>> rows = new LinkedHashMap<>();
    try (CsvReader reader = CsvReader.open(b.reader(), "f.csv", Optional.of(delimiter), b.tried(), f -> { })) {
      reader.scan(columns, (line, cells) -> {
        List<String> decoded = new ArrayList<>();
        for (CharSequence cell : cells) {
          decoded.add(b.decode(cell));
        }
        rows.put(line, decoded);
      });
    }
    return rows;
  }

  @Test
  void scanningBytesMissesNoRowAndAgreesOnTheScannedCells() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      char delimiter = r.nextBoolean() ? ',' : ';';
      String text = text(r, delimiter);
      Charset charset = r.nextBoolean() ? StandardCharsets.UTF_8 : TextEncoding.CP1251;
      byte[] file = bytes(text, charset, charset == StandardCharsets.UTF_8 && r.nextBoolean());
      int[] columns = r.nextBoolean() ? new int[] {0} : new int[] {2, 0};
      try {
        Map<Long, List<String>> read = read(file, delimiter, columns);
        Map<Long, List<String>> scanned = scan(file, delimiter, columns);
        read.forEach((line, cells) -> assertThat(scanned.get(line)).as("line %d of %s", line, text).isEqualTo(cells));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
