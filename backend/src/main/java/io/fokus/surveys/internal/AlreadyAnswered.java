package io.fokus.surveys.internal;

import io.fokus.platform.domain.ConflictException;

/** A personal invitation, or a member's staff survey, is answered once only. */
class AlreadyAnswered extends ConflictException {

  AlreadyAnswered(String detail) {
    super(detail);
  }
}
