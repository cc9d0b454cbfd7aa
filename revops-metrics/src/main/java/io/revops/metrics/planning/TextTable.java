package io.revops.metrics.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for {@code toString()}: first column left-aligned, the others right-aligned (numbers),
 * or left-aligned too for a {@linkplain #keyValue() key-value} list.
 */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean rightAlign;

  TextTable() {
    this(true);
  }

  private TextTable(boolean rightAlign) {
    this.rightAlign = rightAlign;
  }

  static TextTable keyValue() {
    return new TextTable(false);
  }

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  String render(String indent) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[columns];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? cell + pad : rightAlign ? "  " + pad + cell : "  " + cell + pad);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
