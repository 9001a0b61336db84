package io.fokus.platform.web;

import io.fokus.platform.domain.FieldError;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every part of the API answers with. */
public final class Problems {

  private Problems() {
  }

  public static ProblemDetail of(HttpStatusCode status, String title, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("https://fokus.io/problems/" + status.value()));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
