package io.fokus.training.web;

import io.fokus.training.AssignmentId;
import io.fokus.training.internal.Actor;
import io.fokus.training.internal.Assignment;
import io.fokus.training.internal.AssignmentService;
import io.fokus.training.internal.CourseContent;
import io.fokus.training.internal.Quiz;
import io.fokus.training.internal.TrainingQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My training": every member's own assignments, taking a course in the app and completing it by passing its quiz
 * or, without a quiz, by acknowledging it. Another member's assignment answers 404.
 */
@RestController
@RequestMapping("/api/training/my")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
class MyTrainingController {

  private final AssignmentService assignments;
  private final TrainingQueries queries;
  private final Clock clock;

  MyTrainingController(AssignmentService assignments, TrainingQueries queries, Clock clock) {
    this.assignments = assignments;
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * One of my assignments. {@code state}: what the member should know first: OVERDUE, DUE_SOON (within 7 days),
   * ASSIGNED, EXPIRING (completed, its recertification window open), COMPLETED, EXPIRED.
   */
  record MyAssignmentResponse(UUID id, UUID courseId, String titleEn, String titleDe, String status, String state,
      int cycle, LocalDate dueOn, Instant dueAt, String source, Instant completedAt, Integer score,
      Instant expiresAt) {
  }

  @GetMapping
  List<MyAssignmentResponse> mine() {
    Instant now = clock.instant();
    return queries.mine(Actor.current()).stream().map(v -> {
      Assignment a = v.assignment();
      return new MyAssignmentResponse(a.id().value(), a.courseId().value(), v.titleEn(), v.titleDe(),
          a.status().name(), state(a, now), a.cycle(), a.dueOn(), a.dueAt(), a.source().name(), a.completedAt(),
          a.score(), a.expiresAt());
    }).toList();
  }

  static String state(Assignment a, Instant now) {
    return switch (a.status()) {
      case OVERDUE -> "OVERDUE";
      case ASSIGNED -> a.dueAt().isBefore(now.plus(java.time.Duration.ofDays(7))) ? "DUE_SOON" : "ASSIGNED";
      case COMPLETED -> a.windowOpensAt() != null && !a.windowOpensAt().isAfter(now) ? "EXPIRING" : "COMPLETED";
      case EXPIRED -> "EXPIRED";
      case CANCELLED -> "CANCELLED";
    };
  }

  record QuizOptionView(String id, String textEn, String textDe) {
  }

  record QuizQuestionView(String id, String textEn, String textDe, boolean multiple, List<QuizOptionView> options) {
  }

  record QuizView(int passMark, List<QuizQuestionView> questions) {

    static QuizView of(Quiz quiz) {
      return quiz == null ? null : new QuizView(quiz.passMark(), quiz.questions().stream()
          .map(q -> new QuizQuestionView(q.id(), q.textEn(), q.textDe(), q.multiple(), q.options().stream()
              .map(o -> new QuizOptionView(o.id(), o.textEn(), o.textDe())).toList())).toList());
    }
  }

  record AttemptView(Instant at, int version, int score, boolean passed) {
  }

  /** The course as the member takes it (the published version, or the version they completed), with attempts. */
  record TakingResponse(MyAssignmentResponse assignment, int version, String titleEn, String titleDe,
      String descriptionEn, String descriptionDe, String contentEn, String contentDe, String externalUrl,
      int durationMinutes, Integer validityMonths, QuizView quiz, List<AttemptView> attempts) {
  }

  @GetMapping("/{id}")
  TakingResponse taking(@PathVariable UUID id) {
    var t = assignments.taking(Actor.current(), new AssignmentId(id));
    Assignment a = t.assignment();
    CourseContent c = t.version().content();
    MyAssignmentResponse summary = new MyAssignmentResponse(a.id().value(), a.courseId().value(), c.titleEn(),
        c.titleDe(), a.status().name(), state(a, clock.instant()), a.cycle(), a.dueOn(), a.dueAt(),
        a.source().name(), a.completedAt(), a.score(), a.expiresAt());
    return new TakingResponse(summary, t.version().version(), c.titleEn(), c.titleDe(), c.descriptionEn(),
        c.descriptionDe(), c.contentEn(), c.contentDe(), c.externalUrl(), c.durationMinutes(), c.validityMonths(),
        QuizView.of(c.quiz()), t.attempts().stream().map(x -> new AttemptView(x.at(), x.version(), x.score(),
            x.passed())).toList());
  }

  /** The options chosen per question id. */
  record AttemptBody(@NotNull @Size(max = Quiz.MAX_QUESTIONS) Map<@NotNull @Size(max = 40) String,
      @NotNull @Size(max = Quiz.MAX_OPTIONS) Set<@NotNull @Size(max = 40) String>> answers) {
  }

  record AttemptResponse(int score, int passMark, boolean passed, String status) {
  }

  @PostMapping("/{id}/attempts")
  AttemptResponse attempt(@PathVariable UUID id, @Valid @RequestBody AttemptBody body) {
    var r = assignments.attempt(Actor.current(), new AssignmentId(id), body.answers());
    return new AttemptResponse(r.score(), r.passMark(), r.passed(), r.assignment().status().name());
  }

  record AcknowledgeResponse(String status, Instant completedAt, Instant expiresAt) {
  }

  @PostMapping("/{id}/acknowledge")
  AcknowledgeResponse acknowledge(@PathVariable UUID id) {
    Assignment a = assignments.acknowledge(Actor.current(), new AssignmentId(id));
    return new AcknowledgeResponse(a.status().name(), a.completedAt(), a.expiresAt());
  }
}
