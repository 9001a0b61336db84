package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that retries before the first answer arrives sends the same submission twice at the same moment: both
 * copies get the acknowledgement of the one stored response (status and body), and one response is stored.
 */
class ConcurrentSubmissionWebTest extends WebTestSupport {

  private final ExecutorService pairs = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    pairs.shutdownNow();
  }

  @Test
  void bothCopiesOfAPublicSubmissionSentAtOnceGetTheSameAcknowledgement() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String id = admin.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    String token = admin.post("/api/surveys/" + id + "/publish", null).text("publicToken");

    for (int pair = 0; pair < 40; pair++) {
      Map<String, Object> body = Map.of("submissionId", UUID.randomUUID().toString(), "language", "en",
          "answers", Map.of("nps", pair % 11));
      assertSameAcknowledgement(sendTwiceAtOnce(api, "/api/public/surveys/" + token + "/responses", body));
    }

    assertThat(admin.get("/api/surveys/" + id).body().path("responses").asInt()).isEqualTo(40);
  }

  @Test
  void bothCopiesOfAStaffSubmissionSentAtOnceGetTheSameAcknowledgement() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    for (int pair = 0; pair < 10; pair++) {
      String id = admin.post("/api/surveys", Map.of("name", "Self " + pair, "template", "STAFF_SELF_ASSESSMENT"))
          .text("id");
      admin.post("/api/surveys/" + id + "/publish", null);
      Map<String, Object> body = Map.of("submissionId", UUID.randomUUID().toString(), "language", "en",
          "answers", Map.of("share", 4, "promises", 4, "act", 4, "impact", 4, "complaints", 4));

      assertSameAcknowledgement(sendTwiceAtOnce(admin, "/api/staff-surveys/" + id + "/responses", body));
      assertThat(admin.get("/api/surveys/" + id).body().path("responses").asInt()).isEqualTo(1);
    }
  }

  private List<Api.Response> sendTwiceAtOnce(Api client, String path, Map<String, Object> body) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Api.Response>> copies = List.of(
        pairs.submit(() -> {
          together.await();
          return client.post(path, body);
        }),
        pairs.submit(() -> {
          together.await();
          return client.post(path, body);
        }));
    return List.of(copies.get(0).get(), copies.get(1).get());
  }

  private static void assertSameAcknowledgement(List<Api.Response> copies) {
    Api.Response first = copies.get(0);
    Api.Response second = copies.get(1);
    assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
    assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.text("responseId")).isNotBlank();
  }
}
