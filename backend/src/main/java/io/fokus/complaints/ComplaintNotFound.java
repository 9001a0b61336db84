package io.fokus.complaints;

import io.fokus.platform.domain.NotFoundException;

/** No such complaint in the current tenant (or one the caller may not see, which looks the same). */
public class ComplaintNotFound extends NotFoundException {

  public ComplaintNotFound() {
    super("Complaint");
  }
}
