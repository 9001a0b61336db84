package io.fokus.customers.web;

import io.fokus.customers.CustomerRows;
import io.fokus.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected customer import (the customer import, surveys' invitation upload) as a 422 problem listing each row in
 * {@code rejectedRows}, so the file can be fixed and uploaded again. Ordered before the platform's catch-all advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedImportAdvice {

  @ExceptionHandler(CustomerRows.RejectedImport.class)
  ResponseEntity<ProblemDetail> rejected(CustomerRows.RejectedImport e) {
    ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Rows rejected", e.getMessage(), List.of());
    problem.setProperty("rejectedRows", e.rows());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
