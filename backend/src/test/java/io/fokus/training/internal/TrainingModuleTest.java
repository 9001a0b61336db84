package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.support.TenantSql;
import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberChanged;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.TenantCreated;
import io.fokus.tenants.UnitId;
import io.fokus.training.CourseId;
import io.fokus.training.TrainingAssigned;
import io.fokus.training.TrainingCompleted;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Training's listeners with the modules below it: a new tenant gets the starter courses once; a member who joins or
 * moves into a unit with an open group assignment gets it once, and their assignments follow them; completing a
 * course publishes {@link TrainingCompleted}.
 */
@ModuleTest
class TrainingModuleTest {

  static final Actor HR = new Actor(new MemberId(UUID.randomUUID()), Set.of(Role.HR));

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JsonMapper json;
  @Autowired
  CourseService courses;
  @Autowired
  AssignmentService assignments;

  TenantSql sql() {
    return new TenantSql(tenancy, transactionManager, jdbc);
  }

  TenantId tenant() {
    return sql().insertTenant(json.writeValueAsString(BusinessHours.weekdaysNineToFive()));
  }

  <T> T in(TenantId tenant, Supplier<T> work) {
    return tenancy.runAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
  }

  long count(TenantId tenant, String query) {
    return sql().count(tenant, query);
  }

  UnitId unit(TenantId tenant, String name) {
    UUID id = UUID.randomUUID();
    sql().update(tenant, "insert into tenants.unit (tenant_id, id, name, kind) values (?, ?, ?, 'TEAM')",
        tenant.value(), id, name);
    return new UnitId(id);
  }

  MemberId member(TenantId tenant, UnitId unit) {
    UUID id = UUID.randomUUID();
    sql().update(tenant, "insert into tenants.member (tenant_id, id, email, display_name, roles, unit_id, level)"
        + " values (?, ?, ?, 'Member', array['STAFF'], ?, 'FRONTLINE')", tenant.value(), id, id + "@m.test",
        unit == null ? null : unit.value());
    return new MemberId(id);
  }

  CourseId published(TenantId tenant) {
    return in(tenant, () -> {
      var view = courses.create(HR, StarterCourses.listening().content());
      return courses.publish(HR, view.course().id()).course().id();
    });
  }

  @Test
  void aNewTenantGetsTheStarterCoursesOnce(Scenario scenario) {
    TenantId tenant = tenant();
    TenantCreated created = new TenantCreated(tenant, "m", "Module test", "en", "UTC");
    scenario.publish(created)
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.course"), n -> n == 3)
        .andVerify(n -> assertThat(count(tenant, "select count(*) from training.course where status = 'PUBLISHED'"
            + " and starter_key is not null")).isEqualTo(3));
    long completed = completedPublications();
    scenario.publish(created)
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from training.course")).isEqualTo(3));
  }

  @Test
  void aMemberJoiningOrMovingIntoAGroupGetsItsOpenAssignmentOnce(Scenario scenario) {
    TenantId tenant = tenant();
    UnitId desk = unit(tenant, "Desk");
    UnitId shop = unit(tenant, "Shop");
    CourseId course = published(tenant);
    in(tenant, () -> assignments.assign(new Actor(HR.member(), HR.roles()), course,
        new AssignmentService.Target(null, desk.value(), true, null, null), LocalDate.now().plusDays(30)));
    assertThat(count(tenant, "select count(*) from training.assignment")).as("nobody in the unit yet").isZero();

    MemberId joiner = member(tenant, desk);
    MemberJoined joined = new MemberJoined(tenant, joiner, "j@m.test", Set.of(Role.STAFF), Level.FRONTLINE, desk);
    scenario.publish(joined)
        .andWaitForEventOfType(TrainingAssigned.class)
        .matching(e -> e.memberId().equals(joiner))
        .toArriveAndVerify(e -> {
          assertThat(e.courseId()).isEqualTo(course);
          assertThat(e.unitId()).isEqualTo(desk);
        });
    long completed = completedPublications();
    scenario.publish(joined)
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from training.assignment")).isEqualTo(1));

    // someone in the shop moves to the desk: gets the course; the joiner moves to the shop and takes theirs along
    MemberId mover = member(tenant, shop);
    sql().update(tenant, "update tenants.member set unit_id = ? where id = ?", desk.value(), mover.value());
    scenario.publish(new MemberChanged(tenant, mover, Set.of(Role.STAFF), Level.FRONTLINE, desk, shop))
        .andWaitForEventOfType(TrainingAssigned.class)
        .matching(e -> e.memberId().equals(mover))
        .toArrive();
    sql().update(tenant, "update tenants.member set unit_id = ? where id = ?", shop.value(), joiner.value());
    scenario.publish(new MemberChanged(tenant, joiner, Set.of(Role.STAFF), Level.FRONTLINE, shop, desk))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.assignment where member_id = '"
            + joiner.value() + "' and unit_id = '" + shop.value() + "'"), n -> n == 1)
        .andVerify(n -> assertThat(count(tenant, "select count(*) from training.assignment")).isEqualTo(2));
  }

  @Test
  void acknowledgingACourseWithoutAQuizPublishesTrainingCompleted(Scenario scenario) {
    TenantId tenant = tenant();
    UnitId desk = unit(tenant, "Desk");
    MemberId staff = member(tenant, desk);
    CourseId course = in(tenant, () -> {
      var c = StarterCourses.promises().content();
      var noQuiz = new CourseContent(c.titleEn(), c.titleDe(), c.descriptionEn(), c.descriptionDe(), c.contentEn(),
          c.contentDe(), null, c.durationMinutes(), null, c.windowDays(), null);
      var view = courses.create(HR, noQuiz);
      return courses.publish(HR, view.course().id()).course().id();
    });
    in(tenant, () -> assignments.assign(HR, course, new AssignmentService.Target(List.of(staff.value()), null, null,
        null, null), LocalDate.now().plusDays(7)));
    var assignment = in(tenant, () -> assignments.mine(new Actor(staff, Set.of(Role.STAFF))).getFirst());
    scenario.stimulate(() -> in(tenant, () -> assignments.acknowledge(new Actor(staff, Set.of(Role.STAFF)),
            assignment.id())))
        .andWaitForEventOfType(TrainingCompleted.class)
        .matching(e -> e.assignmentId().equals(assignment.id()))
        .toArriveAndVerify(e -> {
          assertThat(e.memberId()).isEqualTo(staff);
          assertThat(e.unitId()).isEqualTo(desk);
          assertThat(e.version()).isEqualTo(1);
          assertThat(e.expiresAt()).as("valid forever").isNull();
        });
  }

  long completedPublications() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
        Long.class);
  }
}
