package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint, stated once in {@value #SOURCE} and checked against the running application: every
 * mapped {@code /api} endpoint has a row and every row an endpoint, and each caller (anonymous, a login without
 * membership, a member holding one role) gets what its cell says, over real HTTP. Another tenant's ids are
 * {@link IsolationDataTest}'s (complaints: {@code ComplaintsWebTest}, also for which complaints a MANAGER or STAFF
 * member sees).
 */
class AuthorizationMatrixWebTest extends WebTestSupport {

  private static final String MATRIX = "authorization-matrix.txt";
  /** Where to edit it, for the failure messages. */
  private static final String SOURCE = "backend/src/test/resources/" + MATRIX;
  private static final List<String> CALLERS = List.of("anon", "none", "ADMIN", "EXECUTIVE", "MANAGER", "STAFF", "HR");
  private static final Set<String> CELLS = Set.of("ok", "401", "403");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointHasARowAndEveryRowAnEndpoint() {
    Map<String, Row> rows = matrix();
    Map<String, HandlerMethod> endpoints = endpoints();

    Set<String> stale = new TreeSet<>(rows.keySet());
    stale.removeAll(endpoints.keySet());
    Set<String> missing = new TreeSet<>(endpoints.keySet());
    missing.removeAll(rows.keySet());
    if (stale.isEmpty() && missing.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    if (!stale.isEmpty()) {
      message.append("Rows of ").append(SOURCE).append(" naming no mapped endpoint (renamed or removed? change or "
          + "delete them):\n").append(String.join("\n", stale)).append("\n");
    }
    if (!missing.isEmpty()) {
      Map<String, Supplier<Api>> callers = callers();
      message.append("Endpoints without a row in ").append(SOURCE).append(". What they answer now is below: check "
          + "each cell against the controller before copying (a '?' is a 400 that validation answered before the "
          + "role check: append a valid body to the row and run again):\n");
      missing.forEach(key -> message.append(observedRow(key, endpoints.get(key), callers)).append("\n"));
    }
    throw new AssertionError(message.toString());
  }

  @Test
  void everyCallerIsAllowedOrDeniedAsTheMatrixStates() {
    Map<String, Supplier<Api>> callers = callers();
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Row row : matrix().values()) {
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        Api.Response response = row.send(callers.get(caller).get());
        calls++;
        String expected = row.cells().get(i);
        boolean denied = response.status() == 401 || response.status() == 403;
        boolean asStated = expected.equals("ok") ? !denied && response.status() < 500
            : response.status() == Integer.parseInt(expected) && response.isProblem();
        if (!asStated) {
          failures.add(row.key() + " as " + caller + ": expected " + expected + ", got " + response.status() + " "
              + excerpt(response));
        }
      }
    }
    assertThat(calls).isGreaterThan(500);
    assertThat(failures).as("answers differing from %s", SOURCE).isEmpty();
  }

  @Test
  void aLoginNamingATenantItIsNoMemberOfIsRefusedOnEveryEndpoint() {
    SignedUp tenant = signUp();
    // a member of another tenant holding every role there, naming this tenant in the header
    Api stranger = api.as(join(signUp(), Map.of("email", "stranger-" + UUID.randomUUID() + "@matrix.test",
        "displayName", "Stranger", "roles", CALLERS.subList(2, CALLERS.size()), "level", "MANAGER")).token())
        .inTenant(tenant.tenantId());
    List<String> failures = new ArrayList<>();
    for (Row row : matrix().values()) {
      // public endpoints too: the header is checked before anything else, for every request with a token
      Api.Response response = row.send(stranger);
      if (response.status() != 403 || !response.isProblem()) {
        failures.add(row.key() + ": " + response.status() + " " + excerpt(response));
      }
    }
    assertThat(failures).isEmpty();
  }

  /** {@link BadInputWebTest} sweeps the endpoints of the OpenAPI document: it must not miss a mapped one. */
  @Test
  void theOpenApiDocumentListsEveryMappedEndpoint() {
    Set<String> documented = new TreeSet<>();
    for (var path : api.get("/v3/api-docs").body().path("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
      }
    }
    assertThat(documented).containsAll(endpoints().keySet());
  }

  /**
   * The callers of the columns: anonymous; a fresh login per request (so that a tenant it creates never makes it a
   * member); and one member per role of a newly signed-up tenant (the sign-up's admin holds ADMIN only).
   */
  private Map<String, Supplier<Api>> callers() {
    SignedUp tenant = signUp();
    Map<String, Supplier<Api>> callers = new LinkedHashMap<>();
    callers.put("anon", () -> api);
    callers.put("none", () -> api.as(issuer.tokenForNewLogin("nobody-" + UUID.randomUUID() + "@matrix.test")));
    Api admin = api.as(tenant.adminToken()).inTenant(tenant.tenantId());
    callers.put("ADMIN", () -> admin);
    for (String role : CALLERS.subList(3, CALLERS.size())) {
      Api member = api.as(member(tenant, role)).inTenant(tenant.tenantId());
      callers.put(role, () -> member);
    }
    return callers;
  }

  /** Every mapped endpoint under /api, as "METHOD /path/pattern". */
  private Map<String, HandlerMethod> endpoints() {
    Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.equals("/api") && !pattern.startsWith("/api/")) {
          continue;
        }
        var methods = info.getMethodsCondition().getMethods();
        assertThat(methods).as("%s answers every method: map it to the ones it serves", pattern).isNotEmpty();
        methods.forEach(method -> endpoints.put(method.name() + " " + pattern, mapping.getValue()));
      }
    }
    assertThat(endpoints).as("the enumeration found the API").hasSizeGreaterThan(50);
    return endpoints;
  }

  /** A row for an endpoint the matrix lacks, with what each caller gets now (sent without a body). */
  private static String observedRow(String key, HandlerMethod handler, Map<String, Supplier<Api>> callers) {
    boolean takesBody = Arrays.stream(handler.getMethodParameters())
        .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class) || p.hasParameterAnnotation(RequestPart.class));
    Row probe = new Row(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1), List.of(), null);
    StringBuilder row = new StringBuilder(String.format("%-6s %-48s", probe.method(), probe.path()));
    for (String caller : CALLERS) {
      int status = probe.send(callers.get(caller).get()).status();
      String cell = status == 401 || status == 403 ? String.valueOf(status)
          : status >= 500 ? "5xx" : takesBody && (status == 400 || status == 415) ? "?" : "ok";
      // as wide as the matrix's heading, so the row lines up when copied
      row.append(" ").append(String.format("%-" + Math.max(caller.length(), 3) + "s", cell));
    }
    return row.append(takesBody ? " <a valid body>" : "").toString().stripTrailing();
  }

  private static Map<String, Row> matrix() {
    List<String> lines;
    try (InputStream in = AuthorizationMatrixWebTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
      assertThat(in).as(MATRIX).isNotNull();
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 3 + CALLERS.size());
      assertThat(parts.length).as("%s:%d has a method, a path and %d cells", MATRIX, n, CALLERS.size())
          .isGreaterThanOrEqualTo(2 + CALLERS.size());
      List<String> cells = List.of(parts).subList(2, 2 + CALLERS.size());
      assertThat(CELLS).as("%s:%d cells are ok, 401 or 403", MATRIX, n).containsAll(cells);
      assertThat(cells.getFirst()).as("%s:%d: without a token the answer is ok or 401", MATRIX, n).isNotEqualTo("403");
      assertThat(cells.subList(1, cells.size())).as("%s:%d: 401 is for anonymous callers only", MATRIX, n)
          .doesNotContain("401");
      Row row = new Row(parts[0], parts[1], cells, parts.length > 2 + CALLERS.size() ? parts[2 + CALLERS.size()] : null);
      assertThat(rows.put(row.key(), row)).as("%s:%d repeats %s", MATRIX, n, row.key()).isNull();
    }
    return rows;
  }

  private static String excerpt(Api.Response response) {
    String body = response.body().toString();
    return body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }

  /**
   * One endpoint's row.
   *
   * @param path the mapped pattern, optionally with a query string to send
   * @param body JSON, {@code file:<content>} for a multipart upload, or null
   */
  private record Row(String method, String path, List<String> cells, String body) {

    String key() {
      int query = path.indexOf('?');
      return method + " " + (query < 0 ? path : path.substring(0, query));
    }

    Api.Response send(Api caller) {
      String url = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      if (body != null && body.startsWith("file:")) {
        return caller.upload(url, "matrix.txt", body.substring("file:".length()));
      }
      return caller.send(method, url, body);
    }
  }
}
