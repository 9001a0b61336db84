package io.fokus.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text (OWASP CSV injection). */
class CsvCellsTest {

  @Test
  void formulaLeadingCellsGetAQuote() {
    assertThat(CsvCells.safe("=HYPERLINK(\"http://x.test\",\"click\")"))
        .isEqualTo("'=HYPERLINK(\"http://x.test\",\"click\")");
    assertThat(CsvCells.safe("@SUM(1+1)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
    assertThat(CsvCells.safe("+1+cmd|x")).isEqualTo("'+1+cmd|x");
    assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
    assertThat(CsvCells.safe("-")).isEqualTo("'-");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(CsvCells.safe("-3")).isEqualTo("-3");
    assertThat(CsvCells.safe("-1.5")).isEqualTo("-1.5");
    assertThat(CsvCells.safe("+42")).isEqualTo("+42");
    assertThat(CsvCells.safe("2026-01-01T00:00Z")).isEqualTo("2026-01-01T00:00Z");
    assertThat(CsvCells.safe("Thanks = great")).isEqualTo("Thanks = great");
    assertThat(CsvCells.safe("")).isEmpty();
    assertThat(CsvCells.safe((String) null)).isEmpty();
    assertThat(CsvCells.safe(List.of("a", "=b"))).containsExactly("a", "'=b");
  }
}
