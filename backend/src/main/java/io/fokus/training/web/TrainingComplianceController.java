package io.fokus.training.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.fokus.platform.csv.CsvCells;
import io.fokus.tenants.UnitId;
import io.fokus.training.CourseId;
import io.fokus.training.internal.Actor;
import io.fokus.training.internal.TrainingQueries;
import io.fokus.training.internal.TrainingQueries.ComplianceRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance (HR, ADMIN, EXECUTIVE; a MANAGER for their units): per unit and course, the members assigned it, how
 * many are current (completed and not expired) and overdue, and the share current with a 95% interval (from 5
 * members on). The overdue members themselves are the assignments list with {@code status=OVERDUE}.
 */
@RestController
@RequestMapping("/api/training/compliance")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'HR')")
class TrainingComplianceController {

  private final TrainingQueries queries;

  TrainingComplianceController(TrainingQueries queries) {
    this.queries = queries;
  }

  record ComplianceRowResponse(UUID unitId, String unitName, UUID courseId, String courseTitleEn,
      String courseTitleDe, long members, long current, long overdue, Double currentPercent, Double low, Double high,
      boolean suppressed) {

    static ComplianceRowResponse of(ComplianceRow r) {
      return new ComplianceRowResponse(r.unit() == null ? null : r.unit().value(), r.unitName(), r.course().value(),
          r.titleEn(), r.titleDe(), r.members(), r.current(), r.overdue(), r.currentPercent(), r.low(), r.high(),
          r.suppressed());
    }
  }

  record ComplianceResponse(int minGroup, List<ComplianceRowResponse> rows) {
  }

  @GetMapping
  ComplianceResponse compliance(@RequestParam(required = false) UUID courseId,
      @RequestParam(required = false) UUID unitId) {
    return new ComplianceResponse(TrainingQueries.MIN_GROUP, rows(courseId, unitId).stream()
        .map(ComplianceRowResponse::of).toList());
  }

  /** The same as CSV (UTF-8, a header row). */
  @GetMapping("/export.csv")
  void export(@RequestParam(required = false) UUID courseId, @RequestParam(required = false) UUID unitId,
      HttpServletResponse response) throws IOException {
    List<ComplianceRow> rows = rows(courseId, unitId);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"training-compliance.csv\"");
    try (CsvWriter csv = CsvWriter.builder().build(response.getOutputStream(), StandardCharsets.UTF_8)) {
      csv.writeRecord(List.of("course", "unit", "members", "current", "overdue", "current_percent", "low", "high"));
      for (ComplianceRow r : rows) {
        csv.writeRecord(CsvCells.safe(List.of(r.titleEn() != null ? r.titleEn() : r.titleDe(),
            r.unitName() == null ? "" : r.unitName(), String.valueOf(r.members()), String.valueOf(r.current()),
            String.valueOf(r.overdue()), percent(r.currentPercent()), percent(r.low()), percent(r.high()))));
      }
    }
  }

  private List<ComplianceRow> rows(UUID courseId, UUID unitId) {
    return queries.compliance(Actor.current(), courseId == null ? null : new CourseId(courseId),
        unitId == null ? null : new UnitId(unitId));
  }

  private static String percent(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
