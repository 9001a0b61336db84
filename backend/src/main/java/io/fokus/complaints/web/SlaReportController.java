package io.fokus.complaints.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.fokus.complaints.internal.ComplaintService;
import io.fokus.complaints.internal.SlaService;
import io.fokus.complaints.internal.SlaService.ReportGroup;
import io.fokus.complaints.internal.SlaService.SlaReportRow;
import io.fokus.platform.csv.CsvCells;
import io.fokus.platform.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA report: per group and clock, how many clocks met and breached their target in a period, the met rate with
 * its 95% Wilson interval and the median working minutes used; also as CSV. Counts only the complaints the caller
 * sees in the inbox (ADMIN all, MANAGER their units', STAFF their own); an EXECUTIVE reads it for the whole tenant.
 */
@RestController
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF')")
class SlaReportController {

  private final ComplaintService complaints;
  private final SlaService sla;

  SlaReportController(ComplaintService complaints, SlaService sla) {
    this.complaints = complaints;
    this.sla = sla;
  }

  /** The period's first and last day (inclusive) in the tenant's time zone, and the grouping. */
  record SlaReportParams(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Pattern(regexp = "^(unit|assignee|category|priority|month)$",
          message = "must be unit, assignee, category, priority or month") String groupBy) {
  }

  record SlaReportResponse(LocalDate from, LocalDate to, String groupBy, String zone, List<SlaReportRow> rows) {
  }

  @GetMapping("/sla-report")
  SlaReportResponse report(@Valid SlaReportParams params) {
    return run(params);
  }

  @GetMapping("/sla-report.csv")
  void exportCsv(@Valid SlaReportParams params, HttpServletResponse response) throws IOException {
    SlaReportResponse report = run(params);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"sla-report-" + report.groupBy() + ".csv\"");
    try (CsvWriter csv = CsvWriter.builder().build(response.getOutputStream(), StandardCharsets.UTF_8)) {
      csv.writeRecord(CsvCells.safe(List.of(report.groupBy(), "clock", "met", "breached", "n", "met_rate",
          "met_rate_low", "met_rate_high", "median_working_minutes", "method")));
      for (SlaReportRow r : report.rows()) {
        List<String> row = new ArrayList<>(List.of(r.group() == null ? "" : r.group(), r.clock().name(),
            Long.toString(r.met()), Long.toString(r.breached()), Long.toString(r.n()), number(r.metRate()),
            number(r.low()), number(r.high()), number(r.medianMinutes()), r.method()));
        csv.writeRecord(CsvCells.safe(row));
      }
    }
  }

  private SlaReportResponse run(SlaReportParams params) {
    if (params.from() != null && params.to() != null && params.to().isBefore(params.from())) {
      throw ApiException.invalid("to", "must not be before from");
    }
    String groupBy = params.groupBy() == null ? "unit" : params.groupBy();
    List<SlaReportRow> rows = complaints.slaReport(ComplaintsController.staff(), params.from(), params.to(),
        ReportGroup.valueOf(groupBy.toUpperCase(Locale.ROOT)));
    return new SlaReportResponse(params.from(), params.to(), groupBy, sla.zone().getId(), rows);
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
