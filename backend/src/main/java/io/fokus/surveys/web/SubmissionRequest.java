package io.fokus.surveys.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Answers to a survey. {@code submissionId} is chosen by the client (a UUID per filled-in form): sending the same
 * submission again returns the first result and stores nothing twice.
 */
record SubmissionRequest(
    @NotNull UUID submissionId,
    @NotNull @Pattern(regexp = "^(en|de)$", message = "must be en or de") String language,
    @NotNull @Size(max = 100) Map<String, JsonNode> answers) {
}
