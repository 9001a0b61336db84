package io.fokus.surveys;

/**
 * The scores of DESIGN.md §7, each asked by a question type of the same name: NPS (0–10), CSAT (1–5), CES (1–7).
 */
public enum ScoreType {
  NPS, CSAT, CES
}
