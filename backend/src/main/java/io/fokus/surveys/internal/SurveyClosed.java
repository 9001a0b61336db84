package io.fokus.surveys.internal;

import io.fokus.platform.domain.GoneException;

/** The survey no longer accepts answers: closed, archived, or past its closing time. */
class SurveyClosed extends GoneException {

  SurveyClosed() {
    super("This survey is closed");
  }
}
