/**
 * What every module's domain shares: the refusals a service may throw ({@link io.fokus.platform.domain.DomainException}
 * and its kinds) and field errors. No HTTP here: the web layer maps these to problem details.
 */
package io.fokus.platform.domain;
