package io.fokus.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.SmtpWebTestSupport;
import io.fokus.support.TenantSql;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The platform's mail outbox against a real SMTP server: queued once per key, sent once, retried with backoff after
 * a failure, held until its time, and forgotten when its person is erased.
 */
class MailQueueWebTest extends SmtpWebTestSupport {

  static final String ANNA = "anna-" + UUID.randomUUID() + "@customer.test";
  static final String BOB = "bob-" + UUID.randomUUID() + "@customer.test";

  @Autowired
  MailQueue queue;
  @Autowired
  Tenancy tenancy;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void aMailIsQueuedOncePerKeySentOnceAndRetriedAfterAFailure() throws Exception {
    TenantId tenant = TenantId.of(signUp().tenantId());
    SMTP.purgeEmailFromAllMailboxes();
    Mail mail = new Mail("test.hello", "hello:1", ANNA, "Hello", "Hello Anna");
    assertThat(tenancy.runAs(tenant, () -> queue.queue(mail))).isTrue();
    assertThat(tenancy.runAs(tenant, () -> queue.queue(mail))).isFalse();

    SMTP.stop();
    this.mail.run();
    MailQueue.Logged failed = log(tenant).get(0);
    assertThat(failed.state()).isEqualTo(MailState.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();

    SMTP.start();
    this.mail.run(); // the backoff holds it back
    assertThat(mailTo(ANNA)).isEmpty();
    new TenantSql(tenancy, transactionManager, jdbc).update(tenant, "update mail.outbox set next_attempt_at = now()");
    this.mail.run();
    this.mail.run();
    assertThat(mailTo(ANNA)).hasSize(1);
    assertThat(mailTo(ANNA).get(0).getSubject()).isEqualTo("Hello");
    assertThat(((String) mailTo(ANNA).get(0).getContent()).strip()).isEqualTo("Hello Anna");
    MailQueue.Logged sent = log(tenant).get(0);
    assertThat(sent.state()).isEqualTo(MailState.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isNull();
  }

  @Test
  void aMailForLaterWaitsAndAnErasedPersonsMailIsForgotten() throws Exception {
    TenantId tenant = TenantId.of(signUp().tenantId());
    SMTP.purgeEmailFromAllMailboxes();
    tenancy.runAs(tenant, () -> queue.queue(new Mail("test.later", "later:1", BOB, "Later", "Later"),
        OffsetDateTime.now().plusHours(1)));
    tenancy.runAs(tenant, () -> queue.queue(new Mail("test.now", "now:1", BOB, "Now", "Now")));
    mail.run();
    assertThat(mailTo(BOB)).hasSize(1);
    assertThat(mailTo(BOB).get(0).getSubject()).isEqualTo("Now");

    tenancy.runAs(tenant, () -> queue.forget(BOB));
    List<MailQueue.Logged> kept = tenancy.runAs(tenant, () -> queue.log("", 10));
    assertThat(kept).extracting(MailQueue.Logged::key).containsExactly("now:1"); // the pending one is dropped
    assertThat(kept.get(0).recipient()).isNull();
  }

  private List<MailQueue.Logged> log(TenantId tenant) {
    return tenancy.runAs(tenant, () -> queue.log("hello:", 10));
  }
}
