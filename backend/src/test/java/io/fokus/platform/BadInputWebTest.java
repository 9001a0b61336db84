package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the OpenAPI document, called with bad input by a member holding every role: wrong JSON shapes,
 * malformed bodies, unknown and malformed ids, garbage query parameters. Nothing may answer 5xx, and every error is
 * a problem document.
 */
class BadInputWebTest extends WebTestSupport {

  private static final List<String> BODIES = List.of("{}", "[]", "\"text\"", "42", "null", "{\"a\": ",
      "{\"name\": [1], \"email\": {}, \"roles\": \"ADMIN\", \"definition\": 5, \"answers\": [], "
          + "\"submissionId\": \"nope\", \"businessHours\": \"always\", \"invitees\": {}, \"level\": 7}");
  private static final List<String> IDS = List.of(UUID.randomUUID().toString(), "not-an-id", "%20", "0");

  @Test
  void noEndpointAnswersAServerErrorToBadInput() {
    SignedUp tenant = signUp();
    String email = "all-roles@" + tenant.slug() + ".test";
    Api client = api.as(join(tenant, Map.of("email", email, "displayName", "All roles",
        "roles", List.of("ADMIN", "EXECUTIVE", "MANAGER", "STAFF", "HR"), "level", "MANAGER")).token());

    JsonNode paths = api.get("/v3/api-docs").body().path("paths");
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (var path : paths.properties()) {
      for (var operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase();
        for (String id : IDS) {
          String url = path.getKey().replaceAll("\\{[^}]+}", id)
              + "?page=-1&size=100000&status=WHAT&from=yesterday&lang=xx&bucket=century&tz=Nowhere%2FLand";
          List<String> bodies = method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES;
          for (String body : bodies) {
            for (Api caller : List.of(client, api)) { // with every role, and anonymous
              Api.Response response = body.isEmpty() ? caller.send(method, url, null) : caller.send(method, url, body);
              calls++;
              if (response.status() >= 500 || (response.status() >= 400 && !response.isProblem())) {
                failures.add(method + " " + url + " " + body + " -> " + response.status() + " " + response.body());
              }
            }
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(300);
    assertThat(failures).isEmpty();
  }
}
