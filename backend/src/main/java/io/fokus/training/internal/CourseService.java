package io.fokus.training.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.training.CourseId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course catalogue (HR and ADMIN): a new course is a draft (version 1) until published; editing a published
 * course works on a new draft version, which replaces the published one when it is published in turn (completions
 * keep the version taken); a retired course gets no new assignments. Everyone else sees the published courses only.
 */
@Service
public class CourseService {

  private final Courses courses;
  private final Assignments assignments;
  private final Clock clock;

  CourseService(Courses courses, Assignments assignments, Clock clock) {
    this.courses = courses;
    this.assignments = assignments;
    this.clock = clock;
  }

  /** A course with the version shown: the edited one for HR, the published one for members. */
  public record CourseView(Course course, CourseVersion version, long openAssignments) {
  }

  @Transactional(readOnly = true)
  public List<CourseView> list(Actor actor, boolean includeRetired) {
    TenantId tenant = Tenancy.requireTenant();
    boolean editor = actor.runsTraining();
    List<Course> all = courses.all(tenant).stream()
        .filter(c -> editor || c.status() == Course.Status.PUBLISHED)
        .filter(c -> includeRetired || c.status() != Course.Status.RETIRED)
        .toList();
    Map<String, CourseVersion> versions = courses.versions(tenant, all, editor);
    Map<CourseId, Long> open = assignments.openCounts(tenant);
    List<CourseView> views = new ArrayList<>();
    for (Course c : all) {
      int version = editor ? c.editedVersion() : c.publishedVersion();
      views.add(new CourseView(c, versions.get(Courses.key(c.id(), version)), open.getOrDefault(c.id(), 0L)));
    }
    return views;
  }

  @Transactional(readOnly = true)
  public CourseView get(Actor actor, CourseId id) {
    TenantId tenant = Tenancy.requireTenant();
    Course c = courses.find(tenant, id).orElseThrow(() -> new NotFoundException("course"));
    if (!actor.runsTraining() && c.status() == Course.Status.DRAFT) {
      throw new NotFoundException("course");
    }
    int version = actor.runsTraining() ? c.editedVersion() : c.publishedVersion();
    return new CourseView(c, courses.version(tenant, id, version).orElseThrow(),
        assignments.openCounts(tenant).getOrDefault(id, 0L));
  }

  @Transactional
  public CourseView create(Actor actor, CourseContent content) {
    requireEditor(actor);
    requireSavable(content);
    TenantId tenant = Tenancy.requireTenant();
    CourseId id = CourseId.random();
    courses.insert(tenant, id, null, actor.member().value());
    courses.insertVersion(tenant, id, 1, content);
    return get(actor, id);
  }

  /** Saves the course's draft; a published course without a draft gets one (the next version) first. */
  @Transactional
  public CourseView update(Actor actor, CourseId id, CourseContent content) {
    requireEditor(actor);
    requireSavable(content);
    TenantId tenant = Tenancy.requireTenant();
    Course c = courses.lock(tenant, id).orElseThrow(() -> new NotFoundException("course"));
    if (c.status() == Course.Status.RETIRED) {
      throw new ConflictException("A retired course cannot be edited; reactivate it first");
    }
    if (c.draftVersion() != null) {
      courses.updateVersion(tenant, id, c.draftVersion(), content);
    } else {
      int next = c.publishedVersion() + 1;
      courses.insertVersion(tenant, id, next, content);
      courses.setDraftVersion(tenant, id, next);
    }
    return get(actor, id);
  }

  /** Publishes the draft: members taking the course from now on take this version. */
  @Transactional
  public CourseView publish(Actor actor, CourseId id) {
    requireEditor(actor);
    TenantId tenant = Tenancy.requireTenant();
    Course c = courses.lock(tenant, id).orElseThrow(() -> new NotFoundException("course"));
    if (c.draftVersion() == null) {
      throw new ConflictException("The course has no changes to publish");
    }
    if (c.status() == Course.Status.RETIRED) {
      throw new ConflictException("A retired course cannot be published; reactivate it first");
    }
    CourseVersion draft = courses.version(tenant, id, c.draftVersion()).orElseThrow();
    List<FieldError> problems = draft.content().problems();
    if (!problems.isEmpty()) {
      throw new InvalidException(problems);
    }
    courses.publish(tenant, id, c.draftVersion(), clock.instant());
    return get(actor, id);
  }

  /** Throws away the draft of a published course (a never-published course is deleted instead). */
  @Transactional
  public void discardDraft(Actor actor, CourseId id) {
    requireEditor(actor);
    TenantId tenant = Tenancy.requireTenant();
    Course c = courses.lock(tenant, id).orElseThrow(() -> new NotFoundException("course"));
    if (c.status() == Course.Status.DRAFT) {
      courses.delete(tenant, id);
    } else if (c.draftVersion() != null) {
      courses.setDraftVersion(tenant, id, null);
      courses.deleteVersion(tenant, id, c.draftVersion());
    } else {
      throw new ConflictException("The course has no draft");
    }
  }

  /** Retires a published course (no new assignments; open ones stay) or reactivates a retired one. */
  @Transactional
  public CourseView retire(Actor actor, CourseId id, boolean retired) {
    requireEditor(actor);
    TenantId tenant = Tenancy.requireTenant();
    Course c = courses.lock(tenant, id).orElseThrow(() -> new NotFoundException("course"));
    if (c.status() == Course.Status.DRAFT) {
      throw new ConflictException("A course that was never published cannot be retired; delete its draft");
    }
    courses.setStatus(tenant, id, retired ? Course.Status.RETIRED : Course.Status.PUBLISHED);
    if (retired) {
      assignments.closeGroups(tenant, id);
    }
    return get(actor, id);
  }

  /**
   * Adds the starter courses the tenant does not have yet, published (a new tenant gets them all; HR adds back one
   * they deleted, or adds them to a tenant from before). Returns how many were added.
   */
  @Transactional
  public int addStarterCourses(TenantId tenant) {
    int added = 0;
    for (StarterCourses.Starter starter : StarterCourses.all()) {
      if (courses.findStarter(tenant, starter.key()).isPresent()) {
        continue;
      }
      CourseId id = CourseId.random();
      courses.insert(tenant, id, starter.key(), null);
      courses.insertVersion(tenant, id, 1, starter.content());
      courses.publish(tenant, id, 1, clock.instant());
      added++;
    }
    return added;
  }

  @Transactional
  public int addStarterCourses(Actor actor) {
    requireEditor(actor);
    return addStarterCourses(Tenancy.requireTenant());
  }

  /** The published version of a course for an assignment, or a 409 when it cannot be assigned. */
  CourseVersion assignable(TenantId tenant, CourseId id) {
    Course c = courses.find(tenant, id).orElseThrow(() -> new InvalidException("courseId", "is not a course"));
    if (c.status() != Course.Status.PUBLISHED) {
      throw new ConflictException("courseId", "Only a published course can be assigned");
    }
    return courses.version(tenant, id, c.publishedVersion()).orElseThrow();
  }

  private static void requireEditor(Actor actor) {
    if (!actor.runsTraining()) {
      throw new NotPermittedException("Only HR and admins edit the course catalogue");
    }
  }

  /** A draft is saved only when it could be published: the editor shows what is missing before that. */
  private static void requireSavable(CourseContent content) {
    List<FieldError> problems = content.problems();
    if (!problems.isEmpty()) {
      throw new InvalidException(problems);
    }
  }
}
