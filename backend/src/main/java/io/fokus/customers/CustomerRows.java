package io.fokus.customers;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Customers to import in bulk (a CSV file or a list), read and checked all at once so that an import is all or
 * nothing: every row is normalised, and every problem is reported with its row. Used by the customer import and by
 * surveys' invitation upload, which read the same files.
 */
public final class CustomerRows {

  public static final int MAX_ROWS = 10_000;
  private static final Set<String> COLUMNS = Set.of("email", "name", "language", "externalid", "external_id");

  private CustomerRows() {
  }

  /** A customer to import and its row: the line in a CSV file, the index in a list. */
  public record Row(int row, CustomerDetails details) {
  }

  /** A row that cannot be imported: its row, its email as given, the field and what is wrong. */
  public record Rejected(int row, String email, String field, String message) {

    /** Field and message in one sentence, such as "email is not a valid email address". */
    @JsonProperty("reason")
    public String reason() {
      return field + " " + message;
    }
  }

  /** Thrown with every rejected row of an import; nothing was imported. */
  public static final class RejectedImport extends RuleViolation {

    private final List<Rejected> rows;

    public RejectedImport(List<Rejected> rows) {
      super(rows.size() + " rows were rejected; nothing was imported");
      this.rows = List.copyOf(rows);
    }

    public List<Rejected> rows() {
      return rows;
    }
  }

  /** The rows to import (normalised) and the rejected ones; nothing is to be imported when any is rejected. */
  public record Checked(List<Row> accepted, List<Rejected> rejected) {
  }

  /**
   * Reads a CSV with a header: {@code email} (required), optionally {@code name}, {@code language},
   * {@code externalId}; every other column becomes an attribute (its name lower-case). Header names are matched
   * without regard to case. Rows are numbered by their line.
   *
   * @throws InvalidException (field {@code file}) when the file is not such a CSV, is empty or has too many rows
   */
  public static List<Row> readCsv(InputStream csv) {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
        .ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord record : reader) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : record.getHeader()) {
          columns.putIfAbsent(column.trim().toLowerCase(Locale.ROOT), record.findField(column).orElse(null));
        }
        if (rows.isEmpty() && !columns.containsKey("email")) {
          throw new InvalidException("file", "the first line must be a header with an 'email' column");
        }
        if (rows.size() >= MAX_ROWS) {
          throw new InvalidException("file", "at most " + MAX_ROWS + " rows per upload");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        columns.forEach((key, value) -> {
          if (!COLUMNS.contains(key) && value != null && !value.isBlank()) {
            attributes.put(key, value.trim());
          }
        });
        String externalId = columns.containsKey("externalid") ? columns.get("externalid") : columns.get("external_id");
        rows.add(new Row((int) record.getStartingLineNumber(), new CustomerDetails(columns.getOrDefault("email", ""),
            externalId, columns.get("name"), columns.get("language"), attributes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvParseException e) {
      throw new InvalidException("file", "is not a readable CSV file: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new InvalidException("file", "the file has no rows");
    }
    return rows;
  }

  /** Normalises every row and checks it; an email or external id given twice is rejected the second time. */
  public static Checked check(List<Row> rows) {
    List<Row> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    Set<String> externalIds = new HashSet<>();
    for (Row row : rows) {
      CustomerDetails details = row.details().normalised();
      List<FieldError> problems = new ArrayList<>(details.problems());
      if (problems.isEmpty() && !emails.add(details.email())) {
        problems.add(new FieldError("email", "appears more than once"));
      }
      if (problems.isEmpty() && details.externalId() != null && !externalIds.add(details.externalId())) {
        problems.add(new FieldError("externalId", "appears more than once"));
      }
      if (problems.isEmpty()) {
        accepted.add(new Row(row.row(), details));
      }
      problems.forEach(p -> rejected.add(new Rejected(row.row(), row.details().email(), p.field(), p.message())));
    }
    return new Checked(accepted, rejected);
  }
}
