package io.fokus.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A stand-in OIDC issuer for tests: signs tokens with its own RSA key and publishes the key as a JWK set over real
 * HTTP on 127.0.0.1, exactly where the application fetches keys from Keycloak in production.
 */
public final class TestIssuer {

  public static final String ISSUER = "http://127.0.0.1/realms/fokus-test";
  public static final String AUDIENCE = "fokus-api";

  private static final TestIssuer INSTANCE = new TestIssuer();

  private final RSAKey key;
  private final RSAKey strangerKey;
  private final HttpServer server;

  private TestIssuer() {
    try {
      key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      strangerKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      server.createContext("/certs", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, jwks.length);
        exchange.getResponseBody().write(jwks);
        exchange.close();
      });
      server.start();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TestIssuer get() {
    return INSTANCE;
  }

  public String jwkSetUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
  }

  /** A valid token for a person whose email the provider verified. */
  public String token(String subject, String email) {
    return sign(key, claims(subject, email, true).build());
  }

  /** A fresh login: a new subject for the given verified email. */
  public String tokenForNewLogin(String email) {
    return token(UUID.randomUUID().toString(), email);
  }

  public JWTClaimsSet.Builder claims(String subject, String email, boolean emailVerified) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("email", email)
        .claim("email_verified", emailVerified)
        .claim("name", email)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
  }

  public String sign(JWTClaimsSet claims) {
    return sign(key, claims);
  }

  /** Signed with a key the application does not trust. */
  public String signWithStrangerKey(JWTClaimsSet claims) {
    return sign(strangerKey, claims);
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
