package io.fokus.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a public endpoint per client address ({@link ClientAddresses}). The request is counted before its
 * parameters and body are bound or validated, so invalid requests count too; over the limit it answers 429.
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
}
