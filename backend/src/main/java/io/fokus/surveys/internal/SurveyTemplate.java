package io.fokus.surveys.internal;

import io.fokus.surveys.Audience;
import java.util.Map;

/** A ready-made survey to start from: its key, audience, suggested touchpoint, name and definition. */
public record SurveyTemplate(String key, Audience audience, String touchpoint, Map<String, String> name,
    SurveyDefinition definition) {
}
