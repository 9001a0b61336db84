package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.WebTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SPA's API types are generated from a snapshot of the OpenAPI document. This test keeps the snapshot true: when
 * the API changed it writes the new document and fails, so the change is committed together with the regenerated
 * frontend types.
 */
class OpenApiSnapshotTest extends WebTestSupport {

  static final Path SNAPSHOT = Path.of("../frontend/src/lib/api/openapi.json");

  @Test
  void theFrontendsSnapshotMatchesTheLiveDocument() throws IOException {
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    JsonNode live = api.get("/v3/api-docs").body();
    ((tools.jackson.databind.node.ObjectNode) live).remove("servers"); // the port changes between runs
    String current = json.writeValueAsString(json.readValue(live.toString(), Object.class)) + "\n";
    String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT) : "";
    if (!current.equals(committed)) {
      Files.createDirectories(SNAPSHOT.getParent());
      Files.writeString(SNAPSHOT, current);
    }
    assertThat(committed).as("OpenAPI snapshot " + SNAPSHOT + " was outdated and has been rewritten; "
        + "rebuild the frontend and commit both").isEqualTo(current);
  }
}
