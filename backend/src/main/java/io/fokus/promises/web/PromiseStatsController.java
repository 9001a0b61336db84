package io.fokus.promises.web;

import io.fokus.promises.internal.PromiseService.Actor;
import io.fokus.promises.internal.PromiseStats;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kept rate and the scores after kept and broken promises, over what the caller sees: the tenant (EXECUTIVE,
 * ADMIN), a manager's units and own promises, a member's own. {@code from}/{@code to}: days in the tenant's time zone
 * (default: the last twelve whole months and this month so far).
 */
@RestController
@RequestMapping("/api/promises/stats")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF')")
@Validated
class PromiseStatsController {

  private final PromiseStats stats;

  PromiseStatsController(PromiseStats stats) {
    this.stats = stats;
  }

  @GetMapping("/kept-rate")
  PromiseStats.KeptRate keptRate(@RequestParam(defaultValue = "MONTH") PromiseStats.GroupBy groupBy,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) UUID unitId) {
    return stats.keptRate(actor(), groupBy, from, to, unitId);
  }

  @GetMapping("/after-scores")
  PromiseStats.AfterScores afterScores(@RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, @RequestParam(required = false) UUID unitId) {
    return stats.afterScores(actor(), from, to, unitId);
  }

  private static Actor actor() {
    return Actor.current();
  }
}
