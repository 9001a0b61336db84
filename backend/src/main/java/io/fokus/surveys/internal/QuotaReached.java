package io.fokus.surveys.internal;

import io.fokus.platform.domain.GoneException;

/** The public link has received as many answers as the survey's response quota asked for. */
class QuotaReached extends GoneException {

  QuotaReached() {
    super("This survey has received all the answers it asked for");
  }
}
