package io.fokus.tenants.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password for a new login, checked against the realm's password policy (infra/keycloak/fokus-realm.json: length
 * 10 to 128, a lower-case letter, an upper-case letter, a digit) before anything looks at the email. Keycloak checks
 * the policy only when it creates a login, so without this an answer to a weak password would differ by whether
 * the email already has a login (DESIGN.md §2: no answer may tell).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Size(min = 10, max = 128)
@Pattern(regexp = "^(?=.*\\p{Ll})(?=.*\\p{Lu})(?=.*\\p{Nd}).*$", flags = Pattern.Flag.DOTALL)
@ReportAsSingleViolation
@interface LoginPassword {

  String message() default "10 to 128 characters with a lower-case letter, an upper-case letter and a digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
