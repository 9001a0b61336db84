package io.fokus.customers;

import io.fokus.platform.domain.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is known about a customer when finding or creating it: the email (its identity) and, where known, the CRM's id,
 * name, language and attributes (segment, region, plan, purchase value, ...). A null field is not known and leaves
 * what the directory holds unchanged; attributes add to the customer's.
 */
public record CustomerDetails(String email, String externalId, String name, String language,
    Map<String, String> attributes) {

  public static final List<String> LANGUAGES = List.of("en", "de");
  public static final int MAX_ATTRIBUTES = 20;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

  /** An email as the directory compares it: trimmed and lower-case. */
  public static String normaliseEmail(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  /** The same details as the directory keeps them: email normalised, blanks as unknown, the language lower-case. */
  public CustomerDetails normalised() {
    return new CustomerDetails(normaliseEmail(email), blankAsNull(externalId), blankAsNull(name),
        blankAsNull(language) == null ? null : language.trim().toLowerCase(Locale.ROOT),
        attributes == null ? Map.of() : new LinkedHashMap<>(attributes));
  }

  /** What is wrong with the (normalised) details, by field; empty when the directory accepts them. */
  public List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>();
    if (email == null || !EMAIL.matcher(email).matches() || email.length() > 254) {
      problems.add(new FieldError("email", "is not a valid email address"));
    }
    if (language != null && !LANGUAGES.contains(language)) {
      problems.add(new FieldError("language", "must be en or de"));
    }
    if (name != null && name.length() > 200) {
      problems.add(new FieldError("name", "is longer than 200 characters"));
    }
    if (externalId != null && externalId.length() > 100) {
      problems.add(new FieldError("externalId", "is longer than 100 characters"));
    }
    problems.addAll(attributeProblems(attributes));
    return problems;
  }

  /** What is wrong with attributes: at most 20, named in lowercase letters, digits and _, short text values. */
  public static List<FieldError> attributeProblems(Map<String, String> attributes) {
    List<FieldError> problems = new ArrayList<>();
    if (attributes == null) {
      return problems;
    }
    if (attributes.size() > MAX_ATTRIBUTES) {
      problems.add(new FieldError("attributes", "at most " + MAX_ATTRIBUTES + " attributes"));
    }
    for (var entry : attributes.entrySet()) {
      if (entry.getKey() == null || !ATTRIBUTE.matcher(entry.getKey()).matches()) {
        problems.add(new FieldError("attributes." + entry.getKey(),
            "names are lowercase letters, digits and _ (up to 40)"));
      } else if (entry.getValue() == null || entry.getValue().length() > 200) {
        problems.add(new FieldError("attributes." + entry.getKey(), "values are texts of up to 200 characters"));
      }
    }
    return problems;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
