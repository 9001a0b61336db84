package io.fokus.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The training catalogue, assignments, taking a course and the compliance view over HTTP: HR runs the catalogue
 * (drafts, versions, publishing), assigns a course to a unit, members take it and pass its quiz, a member who joins
 * the unit later gets it too, and the compliance view counts who is current.
 */
@ControlledClock
class TrainingWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  /** A tenant with HR, a unit with a sub-unit, its manager and two staff members, and a staff member elsewhere. */
  record Company(SignedUp tenant, Api admin, Api hr, String unitId, String subUnitId, String otherUnitId, Api manager,
      Api staff, String staffId, Api subStaff, String subStaffId, Api otherStaff, String otherStaffId) {
  }

  Company company() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    String unit = admin.post("/api/units", Map.of("name", "Service", "kind", "DEPARTMENT")).text("id");
    String sub = admin.post("/api/units", Map.of("name", "Hotline", "kind", "TEAM", "parentId", unit)).text("id");
    String other = admin.post("/api/units", Map.of("name", "Shop", "kind", "TEAM")).text("id");
    Joined hr = join(t, Map.of("email", "hr@" + t.slug() + ".test", "displayName", "Hanna HR", "roles",
        List.of("HR"), "level", "MANAGER"));
    Joined manager = join(t, Map.of("email", "manager@" + t.slug() + ".test", "displayName", "Mia Manager",
        "roles", List.of("MANAGER"), "level", "MANAGER", "unitId", unit));
    Joined staff = join(t, Map.of("email", "staff@" + t.slug() + ".test", "displayName", "Sam Staff",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", unit));
    Joined subStaff = join(t, Map.of("email", "sub@" + t.slug() + ".test", "displayName", "Suse Sub",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", sub));
    Joined otherStaff = join(t, Map.of("email", "other@" + t.slug() + ".test", "displayName", "Olga Other",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", other));
    return new Company(t, admin, api.as(hr.token()), unit, sub, other, api.as(manager.token()),
        api.as(staff.token()), staff.memberId(), api.as(subStaff.token()), subStaff.memberId(),
        api.as(otherStaff.token()), otherStaff.memberId());
  }

  static Map<String, Object> course(String title, Object... more) {
    Map<String, Object> body = new HashMap<>(Map.of("titleEn", title, "contentEn", "## Why\nBecause customers.",
        "durationMinutes", 15, "validityMonths", 12, "windowDays", 30, "quiz", Map.of("passMark", 50, "questions",
            List.of(Map.of("id", "q1", "textEn", "Right?", "multiple", false, "options", List.of(
                    Map.of("id", "yes", "textEn", "Yes", "correct", true),
                    Map.of("id", "no", "textEn", "No", "correct", false))),
                Map.of("id", "q2", "textEn", "Which?", "multiple", true, "options", List.of(
                    Map.of("id", "a", "textEn", "A", "correct", true),
                    Map.of("id", "b", "textEn", "B", "correct", true),
                    Map.of("id", "c", "textEn", "C", "correct", false)))))));
    for (int i = 0; i < more.length; i += 2) {
      body.put((String) more[i], more[i + 1]);
    }
    return body;
  }

  @Test
  void aNewTenantHasTheThreeStarterCoursesPublishedInEnglishAndGerman() {
    Company c = company();
    JsonNode courses = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> c.staff().get("/api/training/courses").body(), b -> b.size() == 3);
    for (JsonNode course : courses) {
      assertThat(course.path("status").asString()).isEqualTo("PUBLISHED");
      assertThat(course.path("titleDe").asString()).isNotBlank();
      assertThat(course.path("hasQuiz").asBoolean()).isTrue();
      assertThat(course.path("quiz").path("questions").get(0).path("options").get(0).has("correct"))
          .as("members do not see the answers").isFalse();
    }
    assertThat(c.hr().get("/api/training/courses").body().get(0).path("quiz").path("questions").get(0)
        .path("options").toString()).contains("\"correct\":true");
    // added again: nothing to add; STAFF may not
    assertThat(c.hr().post("/api/training/courses/starter-courses", Map.of()).body().path("added").asInt()).isZero();
    assertThat(c.staff().post("/api/training/courses/starter-courses", Map.of()).status()).isEqualTo(403);
  }

  @Test
  void hrRunsTheCatalogueWithDraftsAndVersions() {
    Company c = company();
    // bad input answers problem details naming the fields
    Api.Response bad = c.hr().post("/api/training/courses", Map.of("durationMinutes", 15));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("titleEn")).isNotBlank();
    assertThat(bad.fieldError("contentEn")).isNotBlank();
    Map<String, Object> wrongQuiz = course("Broken", "quiz", Map.of("passMark", 50, "questions", List.of(
        Map.of("id", "q1", "textEn", "Two right?", "multiple", false, "options", List.of(
            Map.of("id", "a", "textEn", "A", "correct", true), Map.of("id", "b", "textEn", "B", "correct", true))))));
    assertThat(c.hr().post("/api/training/courses", wrongQuiz).fieldError("quiz.questions[0].options"))
        .contains("exactly one correct");
    assertThat(c.hr().post("/api/training/courses", course("Bad link", "externalUrl", "ftp://x")).fieldError(
        "externalUrl")).isNotBlank();
    assertThat(c.staff().post("/api/training/courses", course("Not mine")).status()).isEqualTo(403);

    Api.Response created = c.hr().post("/api/training/courses", course("Greeting customers"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.text("id");
    assertThat(created.body().path("status").asString()).isEqualTo("DRAFT");
    assertThat(created.body().path("version").asInt()).isEqualTo(1);
    assertThat(c.staff().get("/api/training/courses/" + id).status()).as("drafts are HR's").isEqualTo(404);
    assertThat(c.hr().post("/api/training/assignments", Map.of("courseId", id, "unitId", c.unitId(), "dueOn",
        "2099-01-01")).status()).as("only published courses are assigned").isEqualTo(409);

    JsonNode published = c.hr().post("/api/training/courses/" + id + "/publish", Map.of()).body();
    assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
    assertThat(published.path("publishedVersion").asInt()).isEqualTo(1);
    assertThat(c.hr().post("/api/training/courses/" + id + "/publish", Map.of()).status())
        .as("nothing to publish").isEqualTo(409);

    // editing a published course makes version 2; members keep seeing version 1 until it is published
    JsonNode edited = c.hr().put("/api/training/courses/" + id, course("Greeting customers, warmly")).body();
    assertThat(edited.path("version").asInt()).isEqualTo(2);
    assertThat(edited.path("draftVersion").asInt()).isEqualTo(2);
    assertThat(c.hr().put("/api/training/courses/" + id, course("Greeting customers, kindly")).body()
        .path("version").asInt()).as("the same draft").isEqualTo(2);
    assertThat(c.staff().get("/api/training/courses/" + id).body().path("titleEn").asString())
        .isEqualTo("Greeting customers");
    c.hr().post("/api/training/courses/" + id + "/publish", Map.of());
    assertThat(c.staff().get("/api/training/courses/" + id).body().path("titleEn").asString())
        .isEqualTo("Greeting customers, kindly");

    // a draft thrown away; retired courses leave the members' catalogue
    c.hr().put("/api/training/courses/" + id, course("Scrap this"));
    assertThat(c.hr().delete("/api/training/courses/" + id + "/draft").status()).isEqualTo(204);
    assertThat(c.hr().get("/api/training/courses/" + id).body().path("version").asInt()).isEqualTo(2);
    assertThat(c.hr().post("/api/training/courses/" + id + "/retire", Map.of()).body().path("status").asString())
        .isEqualTo("RETIRED");
    assertThat(c.staff().get("/api/training/courses").body().toString()).doesNotContain(id);
    assertThat(c.hr().post("/api/training/courses/" + id + "/reactivate", Map.of()).body().path("status")
        .asString()).isEqualTo("PUBLISHED");
  }

  @Test
  void aCourseAssignedToAUnitIsTakenPassedAndCountedAndReachesMembersWhoJoinLater() {
    Company c = company();
    CLOCK.set("2030-03-04T09:00:00Z");
    String id = c.hr().post("/api/training/courses", course("Listening")).text("id");
    c.hr().post("/api/training/courses/" + id + "/publish", Map.of());

    assertThat(c.hr().post("/api/training/assignments", Map.of("courseId", id, "unitId", c.unitId(),
        "dueOn", "2030-03-01")).fieldError("dueOn")).as("in the past").isNotBlank();
    assertThat(c.hr().post("/api/training/assignments", Map.of("courseId", id, "dueOn", "2030-04-01"))
        .fieldError("target")).isNotBlank();
    assertThat(c.manager().post("/api/training/assignments", Map.of("courseId", id, "unitId", c.otherUnitId(),
        "dueOn", "2030-04-01")).status()).as("not the manager's unit").isEqualTo(403);
    assertThat(c.staff().post("/api/training/assignments", Map.of("courseId", id, "unitId", c.unitId(),
        "dueOn", "2030-04-01")).status()).isEqualTo(403);

    Api.Response assigned = c.manager().post("/api/training/assignments", Map.of("courseId", id,
        "unitId", c.unitId(), "dueOn", "2030-04-01"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(assigned.body().path("assigned").asInt()).as("manager, staff, sub-unit staff").isEqualTo(3);
    assertThat(c.hr().post("/api/training/assignments", Map.of("courseId", id, "memberIds", List.of(c.staffId()),
        "dueOn", "2030-04-15")).body().path("alreadyOpen").asInt()).as("no duplicate").isEqualTo(1);
    assertThat(c.otherStaff().get("/api/training/my").body().toString()).doesNotContain(id);

    // the staff member takes the course: a failed attempt, then a pass
    JsonNode mine = c.staff().get("/api/training/my").body();
    JsonNode assignment = null;
    for (JsonNode a : mine) {
      if (a.path("courseId").asString().equals(id)) {
        assignment = a;
      }
    }
    assertThat(assignment).isNotNull();
    assertThat(assignment.path("state").asString()).isEqualTo("ASSIGNED");
    assertThat(assignment.path("dueAt").asString()).as("the end of 1 April in Berlin")
        .isEqualTo("2030-04-01T22:00:00Z");
    String aid = assignment.path("id").asString();
    JsonNode taking = c.staff().get("/api/training/my/" + aid).body();
    assertThat(taking.path("contentEn").asString()).contains("Because customers");
    assertThat(taking.path("quiz").path("questions").size()).isEqualTo(2);
    assertThat(c.otherStaff().get("/api/training/my/" + aid).status()).as("someone else's").isEqualTo(404);
    assertThat(c.staff().post("/api/training/my/" + aid + "/acknowledge", Map.of()).status())
        .as("a quiz course is passed, not acknowledged").isEqualTo(409);
    assertThat(c.staff().post("/api/training/my/" + aid + "/attempts", Map.of("answers", Map.of("q9", List.of("x"))))
        .fieldError("answers")).isNotBlank();

    JsonNode failed = c.staff().post("/api/training/my/" + aid + "/attempts", Map.of("answers",
        Map.of("q1", List.of("no"), "q2", List.of("a", "b")))).body();
    assertThat(failed.path("score").asInt()).isEqualTo(50);
    assertThat(failed.path("passed").asBoolean()).as("50% passes a 50% mark").isTrue();
    assertThat(failed.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(c.staff().post("/api/training/my/" + aid + "/attempts", Map.of("answers",
        Map.of("q1", List.of("yes")))).status()).as("completed already").isEqualTo(409);
    JsonNode done = c.staff().get("/api/training/my/" + aid).body();
    assertThat(done.path("assignment").path("expiresAt").asString()).as("valid through 4 March 2031")
        .isEqualTo("2031-03-04T23:00:00Z");
    assertThat(done.path("attempts").size()).isEqualTo(1);

    // the sub-unit's member fails twice (0%) with a stricter mark after a new version, then passes
    Map<String, Object> strict = course("Listening", "quiz", Map.of("passMark", 100, "questions", List.of(
        Map.of("id", "q1", "textEn", "Right?", "multiple", false, "options", List.of(
            Map.of("id", "yes", "textEn", "Yes", "correct", true),
            Map.of("id", "no", "textEn", "No", "correct", false))))));
    c.hr().put("/api/training/courses/" + id, strict);
    c.hr().post("/api/training/courses/" + id + "/publish", Map.of());
    String subAssignment = c.subStaff().get("/api/training/my").body().get(0).path("id").asString();
    JsonNode wrong = c.subStaff().post("/api/training/my/" + subAssignment + "/attempts", Map.of("answers",
        Map.of("q1", List.of("no")))).body();
    assertThat(wrong.path("passed").asBoolean()).isFalse();
    assertThat(wrong.path("status").asString()).isEqualTo("ASSIGNED");
    assertThat(c.subStaff().post("/api/training/my/" + subAssignment + "/attempts", Map.of("answers",
        Map.of("q1", List.of("yes")))).body().path("passed").asBoolean()).isTrue();
    assertThat(c.subStaff().get("/api/training/my/" + subAssignment).body().path("version").asInt())
        .as("the version taken").isEqualTo(2);

    // a member who joins the unit later gets the open assignment, with at least the joiner days
    CLOCK.set("2030-03-30T09:00:00Z");
    Joined late = join(c.tenant(), Map.of("email", "late@" + c.tenant().slug() + ".test", "displayName",
        "Lars Late", "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", c.subUnitId()));
    JsonNode lateOnes = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> api.as(late.token()).get("/api/training/my").body(), b -> b.toString().contains(id));
    for (JsonNode a : lateOnes) {
      if (a.path("courseId").asString().equals(id)) {
        assertThat(a.path("dueOn").asString()).as("30 March + 14 days").isEqualTo("2030-04-13");
        assertThat(a.path("source").asString()).isEqualTo("GROUP");
      }
    }

    // compliance: the manager's unit tree; 2 of 4 current; HR filters by course
    JsonNode rows = c.hr().get("/api/training/compliance?courseId=" + id).body().path("rows");
    long members = 0;
    long current = 0;
    for (JsonNode r : rows) {
      members += r.path("members").asLong();
      current += r.path("current").asLong();
      assertThat(r.path("suppressed").asBoolean()).as("under 5 members: no percentage").isTrue();
      assertThat(r.has("currentPercent")).isFalse();
    }
    assertThat(members).isEqualTo(4);
    assertThat(current).isEqualTo(2);
    assertThat(c.manager().get("/api/training/compliance").body().path("rows").toString())
        .doesNotContain(c.otherUnitId());
    assertThat(c.staff().get("/api/training/compliance").status()).isEqualTo(403);
    var csv = c.hr().getText("/api/training/compliance/export.csv?courseId=" + id);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("course,unit,members,current,overdue").contains("Listening,Hotline");

    // the assignments list: by unit and status; a cancel needs a reason
    JsonNode list = c.manager().get("/api/training/assignments?courseId=" + id + "&status=ASSIGNED").body();
    assertThat(list.path("total").asInt()).isEqualTo(2);
    String managersOwn = list.path("items").get(0).path("id").asString();
    assertThat(c.manager().post("/api/training/assignments/" + managersOwn + "/cancel", Map.of("reason", " "))
        .fieldError("reason")).isNotBlank();
    assertThat(c.manager().post("/api/training/assignments/" + managersOwn + "/cancel", Map.of("reason",
        "Moved to another team")).body().path("status").asString()).isEqualTo("CANCELLED");
  }
}
