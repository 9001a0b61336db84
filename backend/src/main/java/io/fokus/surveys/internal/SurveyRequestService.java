package io.fokus.surveys.internal;

import io.fokus.customers.ContactDecision;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.SurveyRequests;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys sent on request through the invitation and outbox machinery of personal invitations: the contact policy
 * decides at the request (the customer's quiet period starts then), the mail waits in the outbox until its time.
 */
@Service
class SurveyRequestService implements SurveyRequests {

  private final Surveys surveys;
  private final Invitations invitations;
  private final Responses responses;
  private final SurveyMail mail;
  private final CustomerDirectory directory;
  private final Clock clock;

  SurveyRequestService(Surveys surveys, Invitations invitations, Responses responses, SurveyMail mail,
      CustomerDirectory directory, Clock clock) {
    this.surveys = surveys;
    this.invitations = invitations;
    this.responses = responses;
    this.mail = mail;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Outcome request(Request request) {
    TenantId tenant = Tenancy.requireTenant();
    invitations.lockContext(tenant, request.context());
    Optional<Invitation> earlier = invitation(tenant, request.context());
    if (earlier.isPresent()) {
      return new Outcome(earlier.get(), null);
    }
    Optional<Survey> survey = open(tenant, request.surveyId());
    if (survey.isEmpty()) {
      return new Outcome(null, NotSentReason.SURVEY_UNAVAILABLE);
    }
    Optional<Customer> customer = directory.find(request.customerId());
    if (customer.isEmpty()) {
      return new Outcome(null, NotSentReason.UNKNOWN_CUSTOMER);
    }
    ContactDecision decision = directory.mayContact(request.customerId());
    if (decision != ContactDecision.MAY_CONTACT) {
      return new Outcome(null, decision == ContactDecision.OPTED_OUT ? NotSentReason.OPTED_OUT
          : NotSentReason.QUIET_PERIOD);
    }
    OffsetDateTime notBefore = request.notBefore().atOffset(ZoneOffset.UTC);
    var id = invitations.invite(tenant, survey.get().id().value(), request.customerId(), request.context(),
        notBefore);
    directory.recordContact(request.customerId());
    SurveyDefinition published = surveys.version(tenant, survey.get().id(), survey.get().publishedVersion())
        .orElseThrow();
    boolean queued = mail.queue(tenant, survey.get().id().value(), id, MailKind.INVITATION, customer.get(),
        SurveyDefinition.text(published.title(), customer.get().language()), invitations.token(tenant, id),
        notBefore);
    return new Outcome(invitation(tenant, request.context()).map(i -> withQueued(i, queued)).orElseThrow(), null);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Invitation> invitation(String context) {
    return SurveyRequests.validContext(context) ? invitation(Tenancy.requireTenant(), context) : Optional.empty();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean requestable(SurveyId surveyId) {
    return open(Tenancy.requireTenant(), surveyId).isPresent();
  }

  @Override
  @Transactional
  public SurveyId defaultFollowUpSurvey() {
    TenantId tenant = Tenancy.requireTenant();
    surveys.lockFollowUpSurvey(tenant);
    Optional<SurveyId> remembered = surveys.followUpSurvey(tenant).filter(id -> open(tenant, id).isPresent());
    if (remembered.isPresent()) {
      return remembered.get();
    }
    SurveyTemplate template = SurveyTemplates.FOLLOW_UP;
    SurveyId id = surveys.insert(tenant, template.name().get("en"), template.audience(), template.touchpoint(),
        template.definition(), null);
    surveys.publish(tenant, surveys.lock(tenant, id).orElseThrow());
    surveys.rememberFollowUpSurvey(tenant, id);
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> comments(ResponseId responseId) {
    return responses.customerTexts(Tenancy.requireTenant(), responseId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerId> respondent(ResponseId responseId) {
    return responses.respondent(Tenancy.requireTenant(), responseId);
  }

  /** The survey if it is a published customer survey open for answers now. */
  private Optional<Survey> open(TenantId tenant, SurveyId id) {
    return surveys.find(tenant, id).filter(s -> s.audience() == Audience.CUSTOMER)
        .filter(s -> s.isOpen(OffsetDateTime.now(clock)));
  }

  private Optional<Invitation> invitation(TenantId tenant, String context) {
    return invitations.byContext(tenant, context).map(i -> new Invitation(i.id(), new SurveyId(i.surveyId()),
        i.context(), i.status() == InvitationStatus.ANSWERED ? InvitationState.ANSWERED : InvitationState.PENDING,
        i.token() == null ? null : mail.link(i.token()),
        (i.notBefore() == null ? i.createdAt() : i.notBefore()).toInstant(), mail.enabled()));
  }

  private static Invitation withQueued(Invitation i, boolean queued) {
    return new Invitation(i.id(), i.surveyId(), i.context(), i.state(), i.link(), i.sendAt(), queued);
  }
}
