package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.ANSWER;
import static fokus.db.surveys.Tables.RESPONSE;

import de.siegmar.fastcsv.writer.CsvWriter;
import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.csv.CsvCells;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the raw answers of a survey as CSV, one row per response and one column per question: rows flow from a
 * database cursor to the client, so memory stays flat whatever the number of responses. Staff rows carry no unit,
 * level or language (on a single row each would point to a person), and the responses of a filter are exported only
 * when {@link Disclosure} allows their group. Every cell goes through {@link CsvCells}.
 */
@Service
public class ExportService {

  static final int FETCH_SIZE = 1000;

  private final DSLContext db;
  private final Surveys surveys;
  private final ResultsService results;

  ExportService(DSLContext db, Surveys surveys, ResultsService results) {
    this.db = db;
    this.surveys = surveys;
    this.results = results;
  }

  /**
   * Fails before anything is written: 404 when the survey does not exist, 422 when the filter chooses staff answers
   * too few to show (or too few outside them).
   */
  @Transactional(readOnly = true)
  public void requireExportable(UUID surveyId, ResultsService.Filter filter) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.find(tenant, surveyId).orElseThrow(() -> ApiException.notFound("Survey"));
    if (ResultsService.isStaff(survey) && !results.discloses(tenant, survey, filter)) {
      throw ApiException.unprocessable("filter", "Too few staff answers to export without identifying people");
    }
  }

  @Transactional(readOnly = true)
  public long export(UUID surveyId, ResultsService.Filter filter, OutputStream out) {
    TenantId tenant = Tenancy.requireTenant();
    boolean staff = surveys.find(tenant, surveyId).map(s -> "STAFF".equals(s.getAudience()))
        .orElseThrow(() -> ApiException.notFound("Survey"));
    List<String> questionIds = new ArrayList<>(results.questions(tenant, surveyId).keySet());
    List<String> header = new ArrayList<>(staff ? List.of("response_id", "submitted_at", "version")
        : List.of("response_id", "submitted_at", "version", "language", "invitation_id", "attributes"));
    header.addAll(questionIds);
    long rows = 0;
    try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
        var cursor = db.select(RESPONSE.ID, RESPONSE.SUBMITTED_AT, RESPONSE.VERSION, RESPONSE.LANGUAGE,
                RESPONSE.UNIT_ID, RESPONSE.LEVEL, RESPONSE.INVITATION_ID, RESPONSE.ATTRIBUTES, ANSWER.QUESTION_ID,
                ANSWER.NUMBER_VALUE, ANSWER.CHOICES, ANSWER.TEXT_VALUE)
            .from(RESPONSE).leftJoin(ANSWER).on(ANSWER.TENANT_ID.eq(RESPONSE.TENANT_ID),
                ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
            .where(ResultsService.where(tenant, surveyId, filter))
            .orderBy(RESPONSE.SUBMITTED_AT, RESPONSE.ID)
            .fetchSize(FETCH_SIZE)
            .fetchLazy()) {
      csv.writeRecord(CsvCells.safe(header));
      UUID current = null;
      Record first = null;
      Map<String, String> values = new HashMap<>();
      for (Record r : cursor) {
        UUID id = r.get(RESPONSE.ID);
        if (current != null && !current.equals(id)) {
          write(csv, first, values, questionIds, staff);
          rows++;
          values.clear();
        }
        if (!id.equals(current)) {
          current = id;
          first = r;
        }
        if (r.get(ANSWER.QUESTION_ID) != null) {
          values.put(r.get(ANSWER.QUESTION_ID), value(r));
        }
      }
      if (current != null) {
        write(csv, first, values, questionIds, staff);
        rows++;
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String value(Record r) {
    if (r.get(ANSWER.NUMBER_VALUE) != null) {
      return String.valueOf(r.get(ANSWER.NUMBER_VALUE));
    }
    if (r.get(ANSWER.CHOICES) != null) {
      return String.join(";", r.get(ANSWER.CHOICES));
    }
    return r.get(ANSWER.TEXT_VALUE);
  }

  private static void write(CsvWriter csv, Record response, Map<String, String> values, List<String> questionIds,
      boolean staff) {
    List<String> row = new ArrayList<>(questionIds.size() + 6);
    row.add(response.get(RESPONSE.ID).toString());
    row.add(response.get(RESPONSE.SUBMITTED_AT).toString());
    row.add(String.valueOf(response.get(RESPONSE.VERSION)));
    if (!staff) {
      row.add(response.get(RESPONSE.LANGUAGE));
      row.add(response.get(RESPONSE.INVITATION_ID) == null ? "" : response.get(RESPONSE.INVITATION_ID).toString());
      row.add(response.get(RESPONSE.ATTRIBUTES) == null ? "" : response.get(RESPONSE.ATTRIBUTES).data());
    }
    for (String id : questionIds) {
      String value = values.get(id);
      row.add(value == null ? "" : value);
    }
    csv.writeRecord(CsvCells.safe(row));
  }
}
