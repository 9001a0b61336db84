package io.fokus.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that well-behaved clients refuse to send (malformed paths, invalid
 * percent-encoding, oversized request lines). The request goes out byte for byte as given.
 */
public final class RawHttp {

  private RawHttp() {
  }

  /** A parsed answer: status, headers (names lower case) and body. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }

  /**
   * Sends {@code GET target} with the given extra header lines (each without its line end); {@code Accept} is
   * {@code application/json} unless one of them says otherwise.
   */
  public static Answer get(int port, String target, String... headerLines) {
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Connection: close\r\n");
    if (java.util.Arrays.stream(headerLines).noneMatch(line -> line.regionMatches(true, 0, "Accept:", 0, 7))) {
      request.append("Accept: application/json\r\n");
    }
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return send(port, request.append("\r\n").toString());
  }

  /** Sends the request exactly as given and reads the answer until the server closes the connection. */
  public static Answer send(int port, String request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      // the server may reset the connection after its answer to a rejected request: keep what arrived
      if (bytes.size() == 0) {
        throw e;
      }
    }
    return bytes.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String all = new String(raw, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
    int headEnd = all.indexOf("\r\n\r\n");
    String head = headEnd < 0 ? all : all.substring(0, headEnd);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    String body = headEnd < 0 ? "" : all.substring(headEnd + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }
}
