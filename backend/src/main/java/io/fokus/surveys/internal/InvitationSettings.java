package io.fokus.surveys.internal;

/**
 * A tenant's invitation settings.
 *
 * @param quietPeriodDays a customer is not invited again within this many days, across all surveys
 * @param reminderAfterDays an unanswered invitation is reminded after this many days (with SMTP)
 * @param maxReminders at most this many reminders per invitation
 */
public record InvitationSettings(int quietPeriodDays, int reminderAfterDays, int maxReminders) {
}
