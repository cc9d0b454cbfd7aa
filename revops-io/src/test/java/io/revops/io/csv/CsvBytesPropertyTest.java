package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.batch.Findings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: a reader over a file's bytes ({@link CsvReader#open(TextEncoding.Bytes, String, Optional,
 * java.util.function.Consumer)}, each cell decoded by {@link CellText}) hands out the same header, rows, lines,
 * counts and findings as a reader over the decoded text, whatever the bytes: ASCII, Cyrillic and other two-,
 * three- and four-byte UTF-8, bytes that do not decode (a lone lead byte, a stray continuation byte, an overlong
 * form, 0x98 in Windows-1251), quotes, line breaks inside quotes and damaged rows.
 */
class CsvBytesPropertyTest {
  private static final String[] VALUES = {"", "abc", " Анна ", "№ 5", "\"a, b\"", "\"say \"\"hi\"\"\"",
      "\"line\nbreak\"", "12,50", "\"oops", "\"x\"y", "Ё", "é", "€", "😀", "\"Ромашка, ООО\"", "\uFFFD"};
  private static final byte[][] RAW = {{(byte) 0xD0}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0x98}, {(byte) 0xFF}, {(byte) 0xC2},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xE0, (byte) 0xA0,
      (byte) 0x80}, {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF},
      {(byte) 0xE2, (byte) 0x84, (byte) 0x41}};

  private static byte[] file(Random r, Charset charset, char delimiter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextBoolean() && charset.equals(StandardCharsets.UTF_8)) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(("id" + delimiter + "имя" + delimiter + "note\n").getBytes(charset));
    int rows = r.nextInt(25);
    for (int i = 0; i < rows; i++) {
      int width = r.nextInt(8) == 0 ? 1 + r.nextInt(5) : 3;
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          out.write(delimiter);
        }
        int parts = 1 + r.nextInt(3);
        for (int p = 0; p < parts; p++) {
          if (r.nextInt(5) == 0) {
            out.writeBytes(RAW[r.nextInt(RAW.length)]);
          } else {
            out.writeBytes(VALUES[r.nextInt(VALUES.length)].getBytes(charset));
          }
        }
      }
      out.writeBytes((r.nextBoolean() ? "\n" : "\r\n").getBytes(charset));
    }
    return out.toByteArray();
  }

  private record Read(List<String> header, List<CsvRow> rows, long read, long rejected, List<?> findings) {}

  private static Read read(CsvReader reader, Findings findings) {
    List<CsvRow> rows = reader.stream().toList();
    return new Read(reader.header().names(), rows, reader.rowsRead(), reader.rowsRejected(), findings.all());
  }

  @Test
  void theBytesReadAsTheDecodedText() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Charset charset = r.nextBoolean() ? StandardCharsets.UTF_8 : TextEncoding.CP1251;
      TextEncoding encoding = charset.equals(StandardCharsets.UTF_8) ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1251;
      byte[] file = file(r, charset, r.nextBoolean() ? ',' : ';');
      try {
        Findings fromText = Findings.create();
        TextEncoding.Decoded decoded = encoding.open(new ByteArrayInputStream(file));
        Read expected = read(CsvReader.open(decoded.reader(), "f.csv", Optional.empty(), decoded.tried(), fromText),
            fromText);
        Findings fromBytes = Findings.create();
        TextEncoding.Bytes bytes = encoding.openBytes(new ByteArrayInputStream(file));
        assertThat(bytes.bytes()).isTrue();
        Read actual = read(CsvReader.open(bytes, "f.csv", Optional.empty(), fromBytes), fromBytes);
        assertThat(actual).isEqualTo(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The buffer's fast paths (a plain or quoted value taken from the read buffer at once) give what reading
   * character by character gives: the same file read through a reader that hands out a few characters a call
   * (so that almost no value lies in the buffer whole) reads the same.
   */
  @Test
  void valuesTakenFromTheBufferReadAsValuesReadCharacterByCharacter() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      byte[] file = file(r, StandardCharsets.UTF_8, ',');
      try {
        Findings whole = Findings.create();
        TextEncoding.Decoded decoded = TextEncoding.UTF_8.open(new ByteArrayInputStream(file));
        Read expected = read(CsvReader.open(decoded.reader(), "f.csv", Optional.empty(), decoded.tried(), whole),
            whole);
        Findings trickled = Findings.create();
        TextEncoding.Decoded again = TextEncoding.UTF_8.open(new ByteArrayInputStream(file));
        Reader few = new java.io.FilterReader(again.reader()) {
          @Override
          public int read(char[] into, int off, int len) throws IOException {
            return super.read(into, off, Math.min(len, 1 + r.nextInt(7)));
          }
        };
        Read actual = read(CsvReader.open(few, "f.csv", Optional.empty(), again.tried(), trickled), trickled);
        assertThat(actual).isEqualTo(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aCellOfAnyBytesDecodesAsADecodingReaderDecodesIt() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Charset charset = r.nextBoolean() ? StandardCharsets.UTF_8 : TextEncoding.CP1251;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int parts = r.nextInt(6);
      for (int p = 0; p < parts; p++) {
        out.writeBytes(r.nextInt(3) == 0 ? RAW[r.nextInt(RAW.length)] : VALUES[r.nextInt(VALUES.length)].getBytes(charset));
      }
      byte[] cell = out.toByteArray();
      char[] chars = new char[cell.length + 2];
      for (int i = 0; i < cell.length; i++) {
        chars[i + 1] = (char) (cell[i] & 0xFF);
      }
      assertThat(new CellText(charset).of(chars, 1, cell.length + 1)).isEqualTo(decoded(cell, charset));
    });
  }

  private static String decoded(byte[] cell, Charset charset) {
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(cell), charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      StringBuilder b = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        b.append((char) c);
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
