package io.fokus.tenants.internal;

import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.mail.Mail;
import io.fokus.platform.mail.MailQueue;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PublicUrl;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.UnitId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to members: stored for the bell in the app and queued as mail (sent when SMTP is configured). A member reads
 * and marks only their own notices; another member's notice is not found.
 */
@Service
public class NotificationService implements Notifications {

  private final NotificationStore store;
  private final MailQueue mail;
  private final PublicUrl publicUrl;
  private final Clock clock;

  NotificationService(NotificationStore store, MailQueue mail, PublicUrl publicUrl, Clock clock) {
    this.store = store;
    this.mail = mail;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  @Override
  @Transactional
  public int notify(Collection<MemberId> members, Notice notice) {
    if (members.isEmpty()) {
      return 0;
    }
    TenantId tenant = Tenancy.requireTenant();
    OffsetDateTime now = OffsetDateTime.now(clock);
    int notified = 0;
    for (var recipient : store.activeRecipients(tenant, members.stream().map(MemberId::value).toList())) {
      if (store.insert(tenant, recipient.memberId(), notice, now)) {
        notified++;
        mail.queue(mailOf(recipient, notice));
      }
    }
    return notified;
  }

  private Mail mailOf(NotificationStore.Recipient recipient, Notice notice) {
    boolean german = "de".equals(recipient.tenantLocale());
    String body = german ? notice.bodyDe() : notice.bodyEn();
    String link = notice.link() == null ? "" : "\n\n" + publicUrl.link(notice.link());
    String footer = german ? "\n\n— Fokus. Diese Nachricht steht auch in Ihren Benachrichtigungen in Fokus."
        : "\n\n— Fokus. This notice is also in your notifications in Fokus.";
    return new Mail("tenants.notice." + notice.kind(), "notice:" + recipient.memberId() + ":" + notice.key(),
        recipient.email(), german ? notice.titleDe() : notice.titleEn(),
        (body.isBlank() ? (german ? notice.titleDe() : notice.titleEn()) : body) + link + footer);
  }

  @Override
  @Transactional(readOnly = true)
  public Set<MemberId> managersOf(UnitId unit) {
    TenantId tenant = Tenancy.requireTenant();
    Set<UUID> managers = unit == null ? Set.of()
        : store.activeWithRole(tenant, Role.MANAGER, store.selfAndAncestors(tenant, unit.value()));
    if (managers.isEmpty()) {
      managers = store.activeWithRole(tenant, Role.ADMIN, null);
    }
    return managers.stream().map(MemberId::new).collect(Collectors.toUnmodifiableSet());
  }

  /** One of a member's notices, in the language asked for. */
  public record NoticeView(UUID id, String kind, String title, String body, String link, OffsetDateTime createdAt,
      OffsetDateTime readAt) {
  }

  public record NoticePage(List<NoticeView> items, long total, long unread) {
  }

  @Transactional(readOnly = true)
  public NoticePage mine(MemberId member, String language, boolean unreadOnly, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    boolean german = "de".equals(language);
    var items = store.page(tenant, member.value(), unreadOnly, page, size).stream()
        .map(n -> new NoticeView(n.id(), n.kind(), german ? n.titleDe() : n.titleEn(),
            german ? n.bodyDe() : n.bodyEn(), n.link(), n.createdAt(), n.readAt()))
        .toList();
    return new NoticePage(items, store.count(tenant, member.value(), unreadOnly),
        store.count(tenant, member.value(), true));
  }

  @Transactional
  public OffsetDateTime markRead(MemberId member, UUID id) {
    return store.markRead(Tenancy.requireTenant(), member.value(), id, OffsetDateTime.now(clock))
        .orElseThrow(() -> new NotFoundException("Notification"));
  }

  @Transactional
  public int markAllRead(MemberId member) {
    return store.markAllRead(Tenancy.requireTenant(), member.value(), OffsetDateTime.now(clock));
  }
}
