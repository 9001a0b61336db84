package io.fokus.surveys.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.fokus.platform.csv.CsvCells;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.internal.Answers.Criteria;
import io.fokus.surveys.internal.Answers.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

  private final Answers answers;
  private final Surveys surveys;
  private final ResultsService results;

  ExportService(Answers answers, Surveys surveys, ResultsService results) {
    this.answers = answers;
    this.surveys = surveys;
    this.results = results;
  }

  /**
   * Fails before anything is written: when the survey does not exist, or when the filter chooses staff answers too
   * few to show (or too few outside them).
   */
  @Transactional(readOnly = true)
  public void requireExportable(UUID surveyId, ResultsService.Filter filter) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = surveys.find(tenant, new SurveyId(surveyId)).orElseThrow(SurveyNotFound::new);
    if (survey.isStaff() && !results.discloses(tenant, survey, filter)) {
      throw new RuleViolation("filter", "Too few staff answers to export without identifying people");
    }
  }

  @Transactional(readOnly = true)
  public long export(UUID surveyId, ResultsService.Filter filter, OutputStream out) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = surveys.find(tenant, new SurveyId(surveyId)).orElseThrow(SurveyNotFound::new);
    boolean staff = survey.isStaff();
    List<String> questionIds = new ArrayList<>(results.questions(tenant, survey.id()).keySet());
    List<String> header = new ArrayList<>(staff ? List.of("response_id", "submitted_at", "version")
        : List.of("response_id", "submitted_at", "version", "language", "invitation_id", "attributes"));
    header.addAll(questionIds);
    long[] rows = {0};
    try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
      csv.writeRecord(CsvCells.safe(header));
      answers.eachResponse(Scope.survey(tenant, survey.id()), Criteria.of(filter), response -> {
        write(csv, response, questionIds, staff);
        rows[0]++;
      });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }

  private static void write(CsvWriter csv, Answers.ExportedResponse response, List<String> questionIds,
      boolean staff) {
    List<String> row = new ArrayList<>(questionIds.size() + 6);
    row.add(response.id().toString());
    row.add(response.submittedAt().toString());
    row.add(String.valueOf(response.version()));
    if (!staff) {
      row.add(response.language());
      row.add(response.invitationId() == null ? "" : response.invitationId().toString());
      row.add(response.attributes() == null ? "" : response.attributes());
    }
    for (String id : questionIds) {
      String value = response.answers().get(id);
      row.add(value == null ? "" : value);
    }
    csv.writeRecord(CsvCells.safe(row));
  }
}
