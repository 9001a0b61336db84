package io.fokus.platform.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes text safe to write as a CSV cell that a spreadsheet opens (OWASP "CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so it gets a
 * leading single quote, which spreadsheets show as text. Plain numbers (such as {@code -3} or {@code +1.5}) stay
 * numbers. Every CSV the product writes passes its cells through here.
 */
public final class CsvCells {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {
  }

  /** The cell as it may be written: unchanged unless a spreadsheet would take it for a formula. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
        || ((first == '+' || first == '-') && !NUMBER.matcher(cell).matches());
    return formula ? "'" + cell : cell;
  }

  /** Every cell of a row made safe. */
  public static List<String> safe(List<String> row) {
    return row.stream().map(CsvCells::safe).toList();
  }
}
