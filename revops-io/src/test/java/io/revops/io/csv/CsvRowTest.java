package io.revops.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's cells by index, and the failure that names the index, the width and the line. */
class CsvRowTest {
  private final CsvRow row = CsvRow.of(7, List.of("1", "Анна", ""));

  @Test
  void cellsByIndex() {
    assertThat(row.cell(0)).isEqualTo("1");
    assertThat(row.cell(1)).isEqualTo("Анна");
    assertThat(row.cell(2)).isEmpty();
  }

  @Test
  void anIndexBeyondTheRowNamesTheIndexTheWidthAndTheLine() {
    assertThatThrownBy(() -> row.cell(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index must be a column of the row (0 to 2): 3; the row on line 7 has 3 cells");
  }

  @Test
  void aNegativeIndexIsRejectedTheSameWay() {
    assertThatThrownBy(() -> row.cell(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index must be a column of the row (0 to 2): -1; the row on line 7 has 3 cells");
  }
}
