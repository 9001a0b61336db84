package io.fokus.training;

/**
 * Why a member has an assignment: assigned to them, to a group they belong to (a unit, level or role), by a rule on
 * customer data, or as the recertification of an earlier completion.
 */
public enum AssignmentSource {
  MANUAL, GROUP, RULE, RECERTIFICATION
}
