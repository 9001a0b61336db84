package io.fokus.surveys.internal;

import io.fokus.customers.ContactDecision;
import io.fokus.customers.ContactPolicy;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.customers.CustomerRows;
import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.Audience;
import io.fokus.surveys.SurveyId;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations of customers to a published customer survey: one by one, in bulk through the API, or by a
 * CSV upload. All rows are checked first; if any is rejected nothing is imported. Customers are found or created in
 * the customer directory; one who opted out of mails or was contacted within the tenant's quiet period (across all
 * surveys) is skipped.
 */
@Service
public class InvitationService {

  private final Surveys surveys;
  private final Invitations invitations;
  private final SurveyMail mail;
  private final MailOutbox outbox;
  private final CustomerDirectory directory;

  InvitationService(Surveys surveys, Invitations invitations, SurveyMail mail, MailOutbox outbox,
      CustomerDirectory directory) {
    this.surveys = surveys;
    this.invitations = invitations;
    this.mail = mail;
    this.outbox = outbox;
    this.directory = directory;
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

  @Transactional
  public ImportReport invite(UUID surveyId, List<Invitee> invitees) {
    return importAll(surveyId, IntStream.range(0, invitees.size()).mapToObj(i -> new CustomerRows.Row(i,
        new CustomerDetails(invitees.get(i).email(), null, invitees.get(i).name(), invitees.get(i).language(),
            invitees.get(i).attributes()))).toList());
  }

  /**
   * Imports a CSV with the header {@code email} (required) and optionally {@code name}, {@code language},
   * {@code externalId}; every other column becomes a customer attribute (segment, region, plan, purchase value, ...).
   * Rows are numbered by their line.
   */
  @Transactional
  public ImportReport upload(UUID surveyId, InputStream csv) {
    return importAll(surveyId, CustomerRows.readCsv(csv));
  }

  @Transactional(readOnly = true)
  public PageResponse<InvitationView> list(UUID surveyId, InvitationStatus status, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.find(tenant, new SurveyId(surveyId)).orElseThrow(() -> new NotFoundException("Survey"));
    var counts = invitations.countsByStatus(tenant, surveyId);
    long total = status == null ? counts.values().stream().mapToLong(Integer::longValue).sum()
        : counts.getOrDefault(status, 0);
    var found = invitations.page(tenant, surveyId, status, page, size);
    Map<CustomerId, Customer> customers = directory.findAll(found.stream().map(Invitations.Invitation::customerId)
        .toList());
    return new PageResponse<>(found.stream().map(i -> InvitationView.of(i, customers.get(i.customerId()),
        i.token() == null ? null : mail.link(i.token()))).toList(), page, size, total);
  }

  /** The survey's send log (invitation and reminder mails), newest first. */
  @Transactional(readOnly = true)
  public PageResponse<MailView> mailLog(UUID surveyId, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.find(tenant, new SurveyId(surveyId)).orElseThrow(() -> new NotFoundException("Survey"));
    return new PageResponse<>(outbox.log(tenant, surveyId, page, size), page, size, outbox.count(tenant, surveyId));
  }

  /** The quiet period is the customer directory's contact policy; reminders are surveys' own. */
  @Transactional(readOnly = true)
  public InvitationSettings settings() {
    var reminders = invitations.reminders(Tenancy.requireTenant());
    return new InvitationSettings(directory.contactPolicy().quietPeriodDays(), reminders.afterDays(),
        reminders.max());
  }

  @Transactional
  public InvitationSettings saveSettings(InvitationSettings settings) {
    directory.changeContactPolicy(new ContactPolicy(settings.quietPeriodDays()));
    invitations.saveReminders(Tenancy.requireTenant(), new Invitations.Reminders(settings.reminderAfterDays(),
        settings.maxReminders()));
    return settings;
  }

  private ImportReport importAll(UUID surveyId, List<CustomerRows.Row> rows) {
    CustomerRows.Checked checked = CustomerRows.check(rows);
    if (!checked.rejected().isEmpty()) {
      throw new CustomerRows.RejectedImport(checked.rejected());
    }
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = surveys.lock(tenant, new SurveyId(surveyId)).orElseThrow(() -> new NotFoundException("Survey"));
    if (survey.audience() != Audience.CUSTOMER) {
      throw new ConflictException("Staff surveys are answered by members, not by invited customers");
    }
    if (survey.status() != SurveyStatus.PUBLISHED) {
      throw new ConflictException("Publish the survey before inviting customers");
    }
    SurveyDefinition published = surveys.version(tenant, survey.id(), survey.publishedVersion()).orElseThrow();
    List<Invited> invited = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (CustomerRows.Row row : checked.accepted()) {
      CustomerId customerId = directory.findOrCreate(row.details()); // locked until the import commits
      String email = row.details().email();
      if (invitations.hasOpenInvitation(tenant, surveyId, customerId)) {
        skipped.add(new Skipped(email, "ALREADY_INVITED"));
        continue;
      }
      ContactDecision decision = directory.mayContact(customerId);
      if (decision != ContactDecision.MAY_CONTACT) {
        skipped.add(new Skipped(email, decision.name()));
        continue;
      }
      Customer customer = directory.find(customerId).orElseThrow();
      UUID id = invitations.invite(tenant, surveyId, customerId);
      directory.recordContact(customerId);
      String token = invitations.token(tenant, id);
      boolean queued = mail.queue(tenant, surveyId, id, MailKind.INVITATION, customer,
          SurveyDefinition.text(published.title(), customer.language()), token);
      invited.add(new Invited(id, email, token, mail.link(token), queued));
    }
    return new ImportReport(invited, skipped);
  }
}
