package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.RawHttp;
import io.fokus.support.WebTestSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that the container, the security firewall or the parameter parser reject, sent byte for byte over a
 * socket: every one answers RFC 9457 problem details (never Tomcat's HTML page or Spring's default error JSON, never
 * a 500) and leaves no stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorExposureWebTest extends WebTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int serverPort;

  @Test
  void malformedRequestsAnswerProblemDetailsWithoutAStackTrace(CapturedOutput output) {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    String token = manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");
    String survey = "/api/public/surveys/" + token;
    int logBefore = output.length();

    Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
    answers.put("invalid UTF-8 in the query", RawHttp.get(serverPort, survey + "?lang=%FF"));
    answers.put("invalid UTF-8 in the path", RawHttp.get(serverPort, survey + "%FF"));
    answers.put("encoded slash", RawHttp.get(serverPort, "/api/public/surveys/a%2Fb"));
    answers.put("encoded NUL", RawHttp.get(serverPort, "/api/public/surveys/a%00b"));
    answers.put("semicolon", RawHttp.get(serverPort, survey + ";x=1"));
    answers.put("encoded percent", RawHttp.get(serverPort, "/api/public/surveys/a%25b"));
    answers.put("double slash", RawHttp.get(serverPort, "/api//public/surveys/" + token));
    answers.put("invalid percent-encoding", RawHttp.get(serverPort, "/api/public/surveys/a%ZZ"));
    answers.put("path over 8 KB", RawHttp.get(serverPort, survey + "/" + "x".repeat(9000)));
    answers.put("header over 8 KB", RawHttp.get(serverPort, survey, "X-Padding: " + "y".repeat(9000)));
    answers.put("garbage request line", RawHttp.send(serverPort, "NOT HTTP AT ALL\r\n\r\n"));

    answers.forEach((name, answer) -> {
      assertThat(answer.status()).as(name + ": " + answer).isEqualTo(400);
      assertThat(answer.header("Content-Type")).as(name + ": " + answer).startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.path("status").asInt()).as(name).isEqualTo(400);
      assertThat(problem.path("title").asString()).as(name).isNotBlank();
      assertThat(problem.path("type").asString()).as(name).startsWith("https://fokus.io/problems/");
      assertThat(answer.body()).as(name).doesNotContain("Exception", "tomcat", "Tomcat", "\tat ");
    });
    String log = output.toString().substring(logBefore);
    assertThat(log).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void theErrorPathItselfAnswersProblemDetails() {
    RawHttp.Answer answer = RawHttp.get(serverPort, "/error");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("timestamp");
  }
}
