package io.fokus.surveys;

import java.util.List;

/**
 * The surveys module's query API for other modules (reporting rebuilds its rollups from it, never from survey
 * tables): the counts behind NPS, CSAT and CES per period and per touchpoint, unit, level or customer attribute.
 *
 * <p>Customer answers are counted as they are; a reader suppresses small groups when it shows them. Staff answers
 * are counted only in buckets that the disclosure rule allows (DESIGN.md §5): a bucket is withheld when it has fewer
 * than five answers, or when what is withheld within any of its enclosing groups (the same bucket with one or more
 * dimensions left out) would add up to between one and four answers.
 */
public interface SurveyScores {

  /** The non-empty buckets of the query, ordered by period and then by the dimensions' values. */
  List<ScoreBucket> buckets(ScoreQuery query);
}
