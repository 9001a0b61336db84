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

  /**
   * NPS with its 95% adjusted-Wald interval from counts (of one bucket or buckets added up), suppressed under five
   * answers; the same computation as the surveys' own results.
   */
  Score nps(ScoreBucket.Nps counts);

  /** CSAT (% of 4 and 5 answers) with its 95% Wilson interval from counts, suppressed under five answers. */
  Score csat(ScoreBucket.Csat counts);

  /** The CES mean with its 95% interval from counts, suppressed under five answers. */
  Score ces(ScoreBucket.Ces counts);
}
