package io.fokus.tenants.web;

import io.fokus.platform.security.Role;
import io.fokus.platform.web.PageResponse;
import io.fokus.tenants.Level;
import io.fokus.tenants.internal.MemberService;
import io.fokus.tenants.internal.MemberView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members of the selected tenant; ADMIN only. People join by invitation ({@link MemberInvitationsController}). */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class MembersController {

  private final MemberService members;

  MembersController(MemberService members) {
    this.members = members;
  }

  record MemberChangeRequest(
      @NotBlank @Size(max = 120) @PersonName String displayName,
      @NotEmpty Set<@NotNull Role> roles,
      UUID unitId,
      @NotNull Level level) {
  }

  @GetMapping
  PageResponse<MemberView> list(@RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return members.list(q, page, size);
  }

  @GetMapping("/{id}")
  MemberView get(@PathVariable UUID id) {
    return members.get(id);
  }

  @PutMapping("/{id}")
  MemberView change(@PathVariable UUID id, @Valid @RequestBody MemberChangeRequest request) {
    return members.change(id, new MemberService.MemberChange(request.displayName(), request.roles(),
        request.unitId(), request.level()));
  }

  @PostMapping("/{id}/deactivate")
  MemberView deactivate(@PathVariable UUID id) {
    return members.deactivate(id);
  }

  @PostMapping("/{id}/reactivate")
  MemberView reactivate(@PathVariable UUID id) {
    return members.reactivate(id);
  }
}
