package io.fokus.tenants.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's display name that the identity provider accepts as first and last name. Keycloak's default user profile
 * refuses names with any of {@code < > & " $ % ! # ? § ; * ~ / \ | ^ = [ ] { } ( )} or control characters
 * (its {@code person-name-prohibited-characters} validator); checking the same characters here turns that refusal
 * into a field error, for sign-up and invitations alike, whether or not Fokus provisions the logins.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "^[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*$")
@jakarta.validation.ReportAsSingleViolation
@interface PersonName {

  String message() default "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
