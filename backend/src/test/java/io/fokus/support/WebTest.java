package io.fokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a random port, with a temporary embedded PostgreSQL and the test issuer's
 * keys. Extend {@link WebTestSupport} to get the HTTP client.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "fokus.embedded-db.ephemeral=true",
    "fokus.security.issuer-uri=" + TestIssuer.ISSUER,
    "fokus.security.audience=" + TestIssuer.AUDIENCE,
    "fokus.rate-limits.signups-per-hour=100000",
    "fokus.rate-limits.public-reads-per-minute=100000",
    "fokus.rate-limits.public-submissions-per-minute=100000",
    "fokus.rate-limits.login-requests-per-minute=100000"})
public @interface WebTest {
}
