package io.fokus.complaints;

import io.fokus.tenants.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An extension point for modules above complaints (DESIGN.md §3: no cycle): what stands in the way of resolving a
 * complaint, and what to do about it. The promises module implements it with the open promises tied to the complaint.
 * Complaints asks every guard before it resolves; when one names obstacles, the resolution needs the resolver's
 * {@link Settlement}, which the guard then carries out in the resolving transaction.
 */
public interface ResolutionGuard {

  /**
   * Something open that is tied to the complaint.
   *
   * @param kind what it is, e.g. {@code promise}
   * @param reference what people quote, e.g. {@code P-000012}
   */
  record Obstacle(String kind, UUID id, String reference, String text, Instant dueAt) {
  }

  /** What happens to the obstacles when the complaint is resolved anyway. */
  enum Settlement {
    /** They stay open and are decided on their own. */
    KEEP_OPEN,
    /** They were kept with the resolution. */
    MARK_KEPT,
    /** They are cancelled, because the resolution made them moot. */
    CANCEL
  }

  /** What is open and tied to the complaint, in the current tenant; empty when nothing stands in the way. */
  List<Obstacle> obstacles(ComplaintId complaint);

  /** Carries out the resolver's decision about the obstacles, in the caller's transaction. */
  void settle(ComplaintId complaint, Settlement settlement, MemberId resolver);
}
