package io.revops.io.crm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

/** How a CRM writes a CSV file, for tests that write rows the way the CRM does. */
record Layout(char delimiter, boolean quoteAll, boolean trailingDelimiter, Charset charset, boolean bom, String lineEnd) {
  byte[] write(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    line(b, header);
    rows.forEach(r -> line(b, r));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(b.toString().getBytes(charset));
    return out.toByteArray();
  }

  private void line(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      boolean quote = quoteAll || c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0;
      b.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
      if (i < cells.size() - 1 || trailingDelimiter) {
        b.append(delimiter);
      }
    }
    b.append(lineEnd);
  }
}
