package io.fokus.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the running application: real requests over loopback, JSON in and out. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String token;
  private final String tenant;

  public Api(int port) {
    this("http://127.0.0.1:" + port, null, null);
  }

  private Api(String base, String token, String tenant) {
    this.base = base;
    this.token = token;
    this.tenant = tenant;
  }

  /** The same client, sending the bearer token. */
  public Api as(String token) {
    return new Api(base, token, tenant);
  }

  /** The same client, selecting a tenant with the tenant header. */
  public Api inTenant(String tenant) {
    return new Api(base, token, tenant);
  }

  /** A GET whose answer is text (a CSV export): status, headers and body as they came. */
  public HttpResponse<String> getText(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (tenant != null) {
      builder.header("X-Fokus-Tenant", tenant);
    }
    try {
      return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body);
  }

  public Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  /**
   * Accepts, as this client's login, its open invitation into the tenant (how a sign-up's admin joins without a
   * managed Keycloak, and how every invited person joins); returns the new member's id.
   */
  public String acceptInvitation(String tenantId) {
    for (var invitation : get("/api/me/invitations").body()) {
      if (tenantId.equals(invitation.path("tenantId").asString())) {
        Response accepted = post("/api/me/invitations/" + invitation.path("id").asString() + "/accept", null);
        if (accepted.status() != 200) {
          throw new IllegalStateException("accepting failed: " + accepted);
        }
        return accepted.text("memberId");
      }
    }
    throw new IllegalStateException("no open invitation into " + tenantId);
  }

  /** Sends a raw body as JSON content (for malformed-input tests). */
  public Response postRaw(String path, String raw) {
    return exchange(request(path).POST(HttpRequest.BodyPublishers.ofString(raw)).build());
  }

  /** Posts one file as the multipart part {@code file}, as a browser's upload form does. */
  public Response upload(String path, String filename, String content) {
    String boundary = "fokus" + java.util.UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return exchange(request(path).setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public Response send(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    return exchange(request(path).method(method, publisher).build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (tenant != null) {
      builder.header("X-Fokus-Tenant", tenant);
    }
    return builder;
  }

  private static Response exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      // a CSV or HTML answer has no JSON body to read
      boolean json = contentType.isEmpty() || contentType.contains("json");
      JsonNode body = !json || response.body() == null || response.body().isBlank() ? JSON.missingNode()
          : JSON.readTree(response.body());
      return new Response(response.statusCode(), body, contentType);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, JSON body and content type of an answer. */
  public record Response(int status, JsonNode body, String contentType) {

    public String text(String field) {
      return body.path(field).asString();
    }

    /** The message of a field error of a problem, or null. */
    public String fieldError(String field) {
      for (JsonNode error : body.path("errors").values()) {
        if (field.equals(error.path("field").asString())) {
          return error.path("message").asString();
        }
      }
      return null;
    }

    /** The id of the member in the answer to accepting an invitation. */
    public String memberId() {
      return body.path("memberId").asString();
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json") && body.path("status").asInt() == status;
    }
  }
}
