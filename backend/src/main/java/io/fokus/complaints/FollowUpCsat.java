package io.fokus.complaints;

import java.util.UUID;

/**
 * The follow-up CSAT answers (1–5) of resolved complaints in one group: enough for CSAT with its Wilson interval
 * (DESIGN.md §7).
 *
 * @param group the category, unit or assignee id the answers belong to; null for complaints without one
 * @param satisfied the 4 and 5 answers
 */
public record FollowUpCsat(UUID group, long satisfied, long total) {

  /** What follow-up answers can be grouped by: the complaint's category, unit or assignee. */
  public enum Grouping {
    CATEGORY, UNIT, ASSIGNEE
  }
}
