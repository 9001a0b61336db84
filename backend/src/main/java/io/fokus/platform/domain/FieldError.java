package io.fokus.platform.domain;

/** One invalid field of a request: its JSON path and a message a person can act on. */
public record FieldError(String field, String message) {
}
