package io.fokus.platform.mail;

import static fokus.db.mail.Tables.OUTBOX;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantCatalog;
import io.fokus.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mail of {@link MailQueue} through SMTP ({@code spring.mail.host}), tenant by tenant inside each
 * tenant's scope. Several instances may run it at once: due rows are locked with {@code FOR UPDATE SKIP LOCKED}, so
 * a mail is sent by one of them. Failures are retried with {@link MailBackoff} and logged on the mail.
 */
@Component
class MailDispatch {

  private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);
  static final int BATCH = 50;

  private final ObjectProvider<JavaMailSender> sender;
  private final ObjectProvider<TenantCatalog> tenants;
  private final Tenancy tenancy;
  private final DSLContext db;
  private final Clock clock;
  private final String from;
  private final TransactionTemplate transactions;

  MailDispatch(ObjectProvider<JavaMailSender> sender, ObjectProvider<TenantCatalog> tenants, Tenancy tenancy,
      DSLContext db, Clock clock, @Value("${fokus.mail.from:noreply@fokus.localhost}") String from,
      PlatformTransactionManager transactionManager) {
    this.sender = sender;
    this.tenants = tenants;
    this.tenancy = tenancy;
    this.db = db;
    this.clock = clock;
    this.from = from;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Scheduled(fixedDelayString = "${fokus.mail.dispatch-interval:PT30S}",
      initialDelayString = "${fokus.mail.dispatch-initial-delay:PT10S}")
  void dispatch() {
    JavaMailSender smtp = sender.getIfAvailable();
    TenantCatalog catalog = tenants.getIfAvailable();
    if (smtp == null || catalog == null) {
      return;
    }
    for (TenantId tenant : catalog.allTenants()) {
      try {
        tenancy.runAs(tenant, () -> sendDue(tenant, smtp));
      } catch (RuntimeException e) {
        log.warn("mail of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /** Sends one batch of the tenant's due mail; returns how many were sent. */
  int sendDue(TenantId tenant, JavaMailSender smtp) {
    Integer sent = transactions.execute(status -> {
      OffsetDateTime now = OffsetDateTime.now(clock);
      int count = 0;
      var due = db.selectFrom(OUTBOX)
          .where(OUTBOX.TENANT_ID.eq(tenant.value()), OUTBOX.STATUS.eq(MailState.PENDING.name()),
              OUTBOX.NEXT_ATTEMPT_AT.le(now))
          .orderBy(OUTBOX.NEXT_ATTEMPT_AT)
          .limit(BATCH)
          .forUpdate().skipLocked()
          .fetch();
      for (var mail : due) {
        try {
          smtp.send(PlainTextMail.of(smtp, from, mail.getRecipient(), mail.getSubject(), mail.getBody()));
          db.update(OUTBOX).set(OUTBOX.STATUS, MailState.SENT.name()).set(OUTBOX.SENT_AT, now)
              .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1)).setNull(OUTBOX.LAST_ERROR)
              .where(OUTBOX.TENANT_ID.eq(tenant.value()), OUTBOX.ID.eq(mail.getId())).execute();
          count++;
        } catch (Exception e) {
          failed(tenant, mail.getId(), mail.getAttempts() + 1, MailBackoff.describe(e), now);
        }
      }
      return count;
    });
    return sent == null ? 0 : sent;
  }

  private void failed(TenantId tenant, UUID id, int attempts, String error, OffsetDateTime now) {
    var wait = MailBackoff.after(attempts);
    var update = db.update(OUTBOX).set(OUTBOX.ATTEMPTS, attempts).set(OUTBOX.LAST_ERROR, error)
        .set(OUTBOX.STATUS, (wait.isPresent() ? MailState.PENDING : MailState.FAILED).name());
    (wait.isPresent() ? update.set(OUTBOX.NEXT_ATTEMPT_AT, now.plus(wait.get())) : update)
        .where(OUTBOX.TENANT_ID.eq(tenant.value()), OUTBOX.ID.eq(id)).execute();
  }
}
