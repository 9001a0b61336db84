package io.fokus.tenants.internal;

import io.fokus.platform.domain.NotFoundException;

/** The tenant has no calendar with this id (or it belongs to another tenant). */
class CalendarNotFound extends NotFoundException {

  CalendarNotFound() {
    super("Calendar");
  }
}
