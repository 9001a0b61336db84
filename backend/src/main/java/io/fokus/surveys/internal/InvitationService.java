package io.fokus.surveys.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fokus.db.surveys.tables.records.CustomerRecord;
import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.web.PageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations of customers to a published customer survey: one by one, in bulk through the API, or by a
 * CSV upload. All rows are checked first; if any is rejected nothing is imported. A customer invited within the
 * tenant's quiet period (across all surveys) is skipped.
 */
@Service
public class InvitationService {

  static final int MAX_ROWS = 10_000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

  private final Surveys surveys;
  private final Invitations invitations;
  private final SurveyMail mail;
  private final MailOutbox outbox;

  InvitationService(Surveys surveys, Invitations invitations, SurveyMail mail, MailOutbox outbox) {
    this.surveys = surveys;
    this.invitations = invitations;
    this.mail = mail;
    this.outbox = outbox;
  }

  /** A customer to invite: email, optional name, language (en/de, default en) and attributes for segmenting. */
  public record Invitee(String email, String name, String language, Map<String, String> attributes) {
  }

  /** An invitation made: its single-use link, and whether it went out by mail (else the link is to be copied). */
  public record Invited(UUID invitationId, String email, String token, String link, boolean mailQueued) {
  }

  public record Skipped(String email, String reason) {
  }

  /** The outcome of an import: who was invited, who was skipped and why. */
  public record ImportReport(List<Invited> invited, List<Skipped> skipped) {
  }

  /** A row that could not be imported, with its line (CSV) or index (API). */
  public record RejectedRow(int row, String field, String message) {
  }

  /** Thrown with every rejected row; nothing was imported. */
  public static final class RejectedImport extends RuntimeException {

    private final List<RejectedRow> rows;

    RejectedImport(List<RejectedRow> rows) {
      super(rows.size() + " rows were rejected; nothing was imported");
      this.rows = List.copyOf(rows);
    }

    public List<RejectedRow> rows() {
      return rows;
    }
  }

  @Transactional
  public ImportReport invite(UUID surveyId, List<Invitee> invitees) {
    List<RejectedRow> rejected = new ArrayList<>();
    List<Invitee> clean = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < invitees.size(); i++) {
      Invitee invitee = normalize(invitees.get(i), i, rejected);
      if (invitee != null && !seen.add(invitee.email())) {
        rejected.add(new RejectedRow(i, "email", "appears more than once"));
      } else if (invitee != null) {
        clean.add(invitee);
      }
    }
    if (!rejected.isEmpty()) {
      throw new RejectedImport(rejected);
    }
    return importAll(surveyId, clean);
  }

  /**
   * Imports a CSV with the header {@code email} (required) and optionally {@code name}, {@code language}; every
   * other column becomes a customer attribute (segment, region, plan, purchase value, ...). Rows are numbered by
   * their line.
   */
  @Transactional
  public ImportReport upload(UUID surveyId, InputStream csv) {
    List<RejectedRow> rejected = new ArrayList<>();
    List<Invitee> clean = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
        .ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
      int rows = 0;
      for (NamedCsvRecord record : reader) {
        if (rows == 0 && !record.getHeader().contains("email")) {
          throw ApiException.invalid("file", "the first line must be a header with an 'email' column");
        }
        if (++rows > MAX_ROWS) {
          throw ApiException.invalid("file", "at most " + MAX_ROWS + " rows per upload");
        }
        int line = (int) record.getStartingLineNumber();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : record.getHeader()) {
          String key = column.trim().toLowerCase(Locale.ROOT);
          if (!List.of("email", "name", "language").contains(key)) {
            record.findField(column).filter(v -> !v.isBlank()).ifPresent(v -> attributes.put(key, v.trim()));
          }
        }
        Invitee invitee = normalize(new Invitee(record.findField("email").orElse(""),
            record.findField("name").orElse(null), record.findField("language").orElse(null), attributes), line,
            rejected);
        if (invitee != null && !seen.add(invitee.email())) {
          rejected.add(new RejectedRow(line, "email", "appears more than once"));
        } else if (invitee != null) {
          clean.add(invitee);
        }
      }
      if (rows == 0) {
        throw ApiException.invalid("file", "the file has no rows");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw ApiException.invalid("file", "is not a readable CSV file: " + e.getMessage());
    }
    if (!rejected.isEmpty()) {
      throw new RejectedImport(rejected);
    }
    return importAll(surveyId, clean);
  }

  @Transactional(readOnly = true)
  public PageResponse<InvitationView> list(UUID surveyId, String status, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.find(tenant, surveyId).orElseThrow(() -> ApiException.notFound("Survey"));
    var counts = invitations.countsByStatus(tenant, surveyId);
    long total = status == null ? counts.values().stream().mapToLong(Integer::longValue).sum()
        : counts.getOrDefault(status, 0);
    return new PageResponse<>(invitations.page(tenant, surveyId, status, page, size).stream()
        .map(i -> i.withLink(mail.link(i.token()))).toList(), page, size, total);
  }

  /** The survey's send log (invitation and reminder mails), newest first. */
  @Transactional(readOnly = true)
  public PageResponse<MailView> mailLog(UUID surveyId, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.find(tenant, surveyId).orElseThrow(() -> ApiException.notFound("Survey"));
    return new PageResponse<>(outbox.log(tenant, surveyId, page, size), page, size, outbox.count(tenant, surveyId));
  }

  @Transactional(readOnly = true)
  public InvitationSettings settings() {
    return invitations.settings(Tenancy.requireTenant());
  }

  @Transactional
  public InvitationSettings saveSettings(InvitationSettings settings) {
    invitations.saveSettings(Tenancy.requireTenant(), settings);
    return settings;
  }

  private ImportReport importAll(UUID surveyId, List<Invitee> invitees) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.lock(tenant, surveyId).orElseThrow(() -> ApiException.notFound("Survey"));
    if (!"CUSTOMER".equals(survey.getAudience())) {
      throw ApiException.conflict("Staff surveys are answered by members, not by invited customers");
    }
    if (!"PUBLISHED".equals(survey.getStatus())) {
      throw ApiException.conflict("Publish the survey before inviting customers");
    }
    OffsetDateTime quietSince = OffsetDateTime.now().minusDays(invitations.quietPeriodDays(tenant));
    SurveyDefinition published = surveys.version(tenant, surveyId, survey.getPublishedVersion()).orElseThrow();
    List<Invited> invited = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Invitee invitee : invitees) {
      CustomerRecord customer = invitations.upsertCustomer(tenant, invitee.email(), invitee.name(),
          invitee.language(), invitee.attributes());
      if (invitations.hasOpenInvitation(tenant, surveyId, customer.getId())) {
        skipped.add(new Skipped(invitee.email(), "ALREADY_INVITED"));
      } else if (customer.getLastInvitedAt() != null && customer.getLastInvitedAt().isAfter(quietSince)) {
        skipped.add(new Skipped(invitee.email(), "QUIET_PERIOD"));
      } else {
        UUID id = invitations.invite(tenant, surveyId, customer);
        String token = invitations.token(tenant, id);
        boolean queued = mail.queue(tenant, surveyId, id, "INVITATION", invitee.email(), customer.getName(),
            customer.getLanguage(), SurveyDefinition.text(published.title(), customer.getLanguage()), token);
        invited.add(new Invited(id, invitee.email(), token, mail.link(token), queued));
      }
    }
    return new ImportReport(invited, skipped);
  }

  private static Invitee normalize(Invitee invitee, int row, List<RejectedRow> rejected) {
    String email = invitee.email() == null ? "" : invitee.email().trim().toLowerCase(Locale.ROOT);
    int before = rejected.size();
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      rejected.add(new RejectedRow(row, "email", "is not a valid email address"));
    }
    String language = invitee.language() == null || invitee.language().isBlank() ? "en"
        : invitee.language().trim().toLowerCase(Locale.ROOT);
    if (!SurveyDefinition.LANGUAGES.contains(language)) {
      rejected.add(new RejectedRow(row, "language", "must be en or de"));
    }
    String name = invitee.name() == null || invitee.name().isBlank() ? null : invitee.name().trim();
    if (name != null && name.length() > 200) {
      rejected.add(new RejectedRow(row, "name", "is longer than 200 characters"));
    }
    Map<String, String> attributes = invitee.attributes() == null ? Map.of() : invitee.attributes();
    if (attributes.size() > 20) {
      rejected.add(new RejectedRow(row, "attributes", "at most 20 attributes"));
    }
    for (var entry : attributes.entrySet()) {
      if (!ATTRIBUTE.matcher(entry.getKey()).matches()) {
        rejected.add(new RejectedRow(row, "attributes." + entry.getKey(),
            "names are lowercase letters, digits and _ (up to 40)"));
      } else if (entry.getValue() == null || entry.getValue().length() > 200) {
        rejected.add(new RejectedRow(row, "attributes." + entry.getKey(), "values are texts of up to 200 characters"));
      }
    }
    return rejected.size() == before ? new Invitee(email, name, language, attributes) : null;
  }

  static List<FieldError> asFieldErrors(List<RejectedRow> rows, String prefix) {
    return rows.stream().map(r -> new FieldError(prefix + "[" + r.row() + "]." + r.field(), r.message())).toList();
  }
}
