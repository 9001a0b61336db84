package io.fokus.customers;

/**
 * How often the tenant's customers may be contacted.
 *
 * @param quietPeriodDays a customer is not contacted again within this many days (0..365), across all surveys
 */
public record ContactPolicy(int quietPeriodDays) {

  public static final ContactPolicy DEFAULT = new ContactPolicy(30);
}
