package io.fokus.surveys.internal;

/** What a survey mail is: the first invitation or a reminder of it. */
enum MailKind {
  INVITATION, REMINDER
}
