package io.fokus.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits an endpoint per client address ({@link ClientAddresses}) or, for endpoints of signed-in people, per login.
 * The request is counted before its parameters and body are bound or validated, so invalid requests count too; over
 * the limit it answers 429.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

  /** The limit's name; one client has one bucket per name. */
  String name();

  /** Requests per period: a number or a property placeholder such as {@code ${fokus.rate-limits.x:20}}. */
  String capacity();

  /** The period over which the capacity refills, as an ISO-8601 duration ({@code PT1M}); placeholders allowed. */
  String period();

  /** Whose requests share a bucket. */
  Per per() default Per.CLIENT_ADDRESS;

  enum Per {
    /** The client's address, also for anonymous requests. */
    CLIENT_ADDRESS,
    /** The signed-in login (the token's subject): for work a login may do from anywhere, such as sending mail. */
    LOGIN
  }
}
