package io.fokus.surveys.internal;

import io.fokus.platform.domain.NotFoundException;

/** The survey does not exist in the caller's tenant, or is not one the caller may answer in this way. */
class SurveyNotFound extends NotFoundException {

  SurveyNotFound() {
    super("Survey");
  }
}
