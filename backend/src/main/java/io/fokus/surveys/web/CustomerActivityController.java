package io.fokus.surveys.web;

import io.fokus.customers.CustomerId;
import io.fokus.surveys.internal.CustomerActivity;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's survey activity, for the customer's page (the customers module cannot call surveys: dependencies
 * point one way, so the page asks each module); MANAGER and ADMIN.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class CustomerActivityController {

  private final CustomerActivity activity;

  CustomerActivityController(CustomerActivity activity) {
    this.activity = activity;
  }

  @GetMapping("/api/surveys/customers/{customerId}/activity")
  CustomerActivity.SurveyActivity activity(@PathVariable UUID customerId) {
    return activity.of(new CustomerId(customerId));
  }
}
