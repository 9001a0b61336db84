package io.fokus.tenants.web;

import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.web.PageResponse;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.internal.NotificationService;
import io.fokus.tenants.internal.NotificationService.NoticeView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's notices in the selected tenant (the bell): newest first, unread counted. */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
@Validated
class NotificationsController {

  private final NotificationService notifications;

  NotificationsController(NotificationService notifications) {
    this.notifications = notifications;
  }

  /** A page of notices and how many are unread in all. */
  record NoticesResponse(PageResponse<NoticeView> page, long unread) {
  }

  @GetMapping
  NoticesResponse list(@RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "en") @Pattern(regexp = "en|de") String lang,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    var result = notifications.mine(member(), lang, unreadOnly, page, size);
    return new NoticesResponse(new PageResponse<>(result.items(), page, size, result.total()), result.unread());
  }

  record ReadResponse(UUID id, OffsetDateTime readAt) {
  }

  @PostMapping("/{id}/read")
  ReadResponse read(@PathVariable UUID id) {
    return new ReadResponse(id, notifications.markRead(member(), id));
  }

  record AllReadResponse(int marked) {
  }

  @PostMapping("/read-all")
  AllReadResponse readAll() {
    return new AllReadResponse(notifications.markAllRead(member()));
  }

  private static MemberId member() {
    // a role in the selected tenant means a membership there
    return CurrentUser.get().memberId().map(MemberId::new).orElseThrow();
  }
}
