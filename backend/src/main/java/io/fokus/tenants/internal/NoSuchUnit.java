package io.fokus.tenants.internal;

import io.fokus.platform.domain.RuleViolation;

/** A request names a unit that does not exist in the tenant (or belongs to another one). */
class NoSuchUnit extends RuleViolation {

  NoSuchUnit(String field) {
    super(field, "No such unit in this organization");
  }
}
