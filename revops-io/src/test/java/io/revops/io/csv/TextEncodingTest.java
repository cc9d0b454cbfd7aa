package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset detection: a byte order mark, else valid UTF-8, else Windows-1251. */
class TextEncodingTest {
  private static String readAll(Reader r) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[256];
    int n;
    while ((n = r.read(buf)) > 0) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    byte[] text = "ID,Бюджет".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    TextEncoding.Decoded d = TextEncoding.DETECT.open(new ByteArrayInputStream(withBom));
    assertThat(d.how()).isEqualTo("byte order mark");
    assertThat(readAll(d.reader())).isEqualTo("ID,Бюджет");
  }

  @Test
  void utf16WithAByteOrderMark() throws IOException {
    TextEncoding.Decoded d = TextEncoding.DETECT.open(new ByteArrayInputStream("\uFEFFID;Имя".getBytes(StandardCharsets.UTF_16LE)));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(readAll(d.reader())).isEqualTo("ID;Имя");
  }

  @Test
  void validUtf8WithoutAMark() throws IOException {
    TextEncoding.Decoded d = TextEncoding.DETECT.open(new ByteArrayInputStream("Этап сделки".getBytes(StandardCharsets.UTF_8)));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.how()).isEqualTo("valid UTF-8");
  }

  @Test
  void windows1251OtherwiseNamingWhereUtf8Failed() throws IOException {
    byte[] cp1251 = "ID;Этап сделки;Бюджет\n1;Успешно реализовано;1\u00a0200\u00a0000,00".getBytes(Charset.forName("windows-1251"));
    TextEncoding.Decoded d = TextEncoding.DETECT.open(new ByteArrayInputStream(cp1251));
    assertThat(d.charset().name()).isEqualTo("windows-1251");
    assertThat(d.how()).isEqualTo("not valid UTF-8 at byte 3");
    assertThat(d.tried()).isEqualTo("UTF-8, then windows-1251");
    assertThat(readAll(d.reader())).contains("Успешно реализовано", "1\u00a0200\u00a0000,00");
  }

  @Test
  void aUtf8SequenceCutByTheEndOfTheSniffedPrefixIsNotMalformed() {
    byte[] cut = "Дa".getBytes(StandardCharsets.UTF_8);
    byte[] prefix = {cut[0]};
    assertThat(TextEncoding.firstMalformedUtf8(prefix, true)).isEqualTo(-1);
    assertThat(TextEncoding.firstMalformedUtf8(prefix, false)).isEqualTo(0);
  }
}
