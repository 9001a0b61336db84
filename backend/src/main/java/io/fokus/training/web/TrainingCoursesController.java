package io.fokus.training.web;

import io.fokus.training.CourseId;
import io.fokus.training.internal.Actor;
import io.fokus.training.internal.CourseContent;
import io.fokus.training.internal.CourseService;
import io.fokus.training.internal.CourseService.CourseView;
import io.fokus.training.internal.Quiz;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The course catalogue. Every member reads the published courses; HR and ADMIN read drafts and retired courses too,
 * and create, edit, publish, retire and delete them. Editing a published course works on a new draft version.
 */
@RestController
@RequestMapping("/api/training/courses")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
@Validated
class TrainingCoursesController {

  private final CourseService courses;

  TrainingCoursesController(CourseService courses) {
    this.courses = courses;
  }

  /** An option; {@code correct} is left out for members, who see the quiz without its answers. */
  record QuizOptionBody(@NotNull @Size(min = 1, max = 40) String id, @Size(max = 500) String textEn,
      @Size(max = 500) String textDe, Boolean correct) {
  }

  record QuizQuestionBody(@NotNull @Size(min = 1, max = 40) String id, @Size(max = 1000) String textEn,
      @Size(max = 1000) String textDe, boolean multiple,
      @NotNull @Size(min = 2, max = Quiz.MAX_OPTIONS) List<@Valid @NotNull QuizOptionBody> options) {
  }

  record QuizBody(@NotNull @Min(1) @Max(100) Integer passMark,
      @NotNull @Size(min = 1, max = Quiz.MAX_QUESTIONS) List<@Valid @NotNull QuizQuestionBody> questions) {

    Quiz quiz() {
      return new Quiz(passMark, questions.stream().map(q -> new Quiz.Question(q.id(), q.textEn(), q.textDe(),
          q.multiple(), q.options().stream().map(o -> new Quiz.Option(o.id(), o.textEn(), o.textDe(),
              Boolean.TRUE.equals(o.correct()))).toList())).toList());
    }

    static QuizBody of(Quiz quiz, boolean withAnswers) {
      return quiz == null ? null : new QuizBody(quiz.passMark(), quiz.questions().stream()
          .map(q -> new QuizQuestionBody(q.id(), q.textEn(), q.textDe(), q.multiple(), q.options().stream()
              .map(o -> new QuizOptionBody(o.id(), o.textEn(), o.textDe(), withAnswers ? o.correct() : null))
              .toList())).toList());
    }
  }

  /** A course as HR writes it; one title (English or German) is enough, the other language falls back to it. */
  record CourseBody(@Size(max = 200) String titleEn, @Size(max = 200) String titleDe,
      @Size(max = 2000) String descriptionEn, @Size(max = 2000) String descriptionDe,
      @Size(max = 50000) String contentEn, @Size(max = 50000) String contentDe,
      @Size(max = 2000) String externalUrl, @NotNull @Min(1) @Max(1440) Integer durationMinutes,
      @Min(1) @Max(120) Integer validityMonths, @Min(0) @Max(365) Integer windowDays, @Valid QuizBody quiz) {

    CourseContent content() {
      return new CourseContent(titleEn, titleDe, descriptionEn, descriptionDe, contentEn, contentDe, externalUrl,
          durationMinutes, validityMonths, windowDays == null ? 30 : windowDays, quiz == null ? null : quiz.quiz());
    }
  }

  /**
   * A course with the version shown: for HR the one being edited (the draft, or the published one), for members the
   * published one, without which options are correct.
   */
  record CourseResponse(UUID id, String status, Integer publishedVersion, Integer draftVersion, int version,
      String starterKey, String titleEn, String titleDe, String descriptionEn, String descriptionDe,
      String contentEn, String contentDe, String externalUrl, int durationMinutes, Integer validityMonths,
      int windowDays, QuizBody quiz, boolean hasQuiz, Instant publishedAt, long openAssignments, Instant updatedAt) {

    static CourseResponse of(CourseView v, boolean editor) {
      var c = v.version().content();
      return new CourseResponse(v.course().id().value(), v.course().status().name(), v.course().publishedVersion(),
          v.course().draftVersion(), v.version().version(), v.course().starterKey(), c.titleEn(), c.titleDe(),
          c.descriptionEn(), c.descriptionDe(), c.contentEn(), c.contentDe(), c.externalUrl(), c.durationMinutes(),
          c.validityMonths(), c.windowDays(), QuizBody.of(c.quiz(), editor), c.quiz() != null, v.version().publishedAt(),
          v.openAssignments(), v.course().updatedAt());
    }
  }

  @GetMapping
  List<CourseResponse> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
    Actor actor = Actor.current();
    boolean editor = actor.runsTraining();
    return courses.list(actor, includeRetired).stream().map(v -> CourseResponse.of(v, editor)).toList();
  }

  @GetMapping("/{id}")
  CourseResponse get(@PathVariable UUID id) {
    Actor actor = Actor.current();
    return CourseResponse.of(courses.get(actor, new CourseId(id)), actor.runsTraining());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  CourseResponse create(@Valid @RequestBody CourseBody body) {
    return CourseResponse.of(courses.create(Actor.current(), body.content()), true);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  CourseResponse update(@PathVariable UUID id, @Valid @RequestBody CourseBody body) {
    return CourseResponse.of(courses.update(Actor.current(), new CourseId(id), body.content()), true);
  }

  @PostMapping("/{id}/publish")
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  CourseResponse publish(@PathVariable UUID id) {
    return CourseResponse.of(courses.publish(Actor.current(), new CourseId(id)), true);
  }

  @PostMapping("/{id}/retire")
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  CourseResponse retire(@PathVariable UUID id) {
    return CourseResponse.of(courses.retire(Actor.current(), new CourseId(id), true), true);
  }

  @PostMapping("/{id}/reactivate")
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  CourseResponse reactivate(@PathVariable UUID id) {
    return CourseResponse.of(courses.retire(Actor.current(), new CourseId(id), false), true);
  }

  /** Deletes the draft: a course never published goes; a published course keeps its published version. */
  @DeleteMapping("/{id}/draft")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  void discardDraft(@PathVariable UUID id) {
    courses.discardDraft(Actor.current(), new CourseId(id));
  }

  record StarterCoursesResponse(int added) {
  }

  /** Adds the starter courses the tenant lacks (published). */
  @PostMapping("/starter-courses")
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  StarterCoursesResponse addStarterCourses() {
    return new StarterCoursesResponse(courses.addStarterCourses(Actor.current()));
  }
}
