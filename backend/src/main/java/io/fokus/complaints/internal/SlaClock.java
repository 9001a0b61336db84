package io.fokus.complaints.internal;

import io.fokus.tenants.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock of a complaint (first response or resolution): it counts working time of its calendar while it runs,
 * not while it is paused (waiting for the customer) or stopped (answered, resolved). Time used is kept through
 * pauses, reopening and a change of target or calendar (re-prioritised complaint), so the due time moves by exactly
 * the paused working time. Immutable and pure: every change returns a new clock (DESIGN.md §8).
 *
 * @param target working time allowed
 * @param used working time used in earlier running periods (not counting the current one)
 * @param runningSince when the current running period began, or null when the clock is paused or stopped
 * @param state running, paused or stopped
 * @param stoppedAt when it stopped last, or null
 */
record SlaClock(Duration target, Duration used, Instant runningSince, State state, Instant stoppedAt) {

  enum State { RUNNING, PAUSED, STOPPED }

  /** How a stopped clock ended. */
  enum Outcome { MET, BREACHED }

  SlaClock {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(state, "state");
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("an SLA target must be positive");
    }
    if ((state == State.RUNNING) != (runningSince != null)) {
      throw new IllegalArgumentException("a clock runs exactly when it has a running start");
    }
  }

  /** A clock that starts at {@code at} with {@code target} of working time. */
  static SlaClock started(Instant at, Duration target) {
    return new SlaClock(target, Duration.ZERO, at, State.RUNNING, null);
  }

  /** Waiting for the customer: the working time so far is kept and nothing more counts until it resumes. */
  SlaClock paused(Instant at, WorkingCalendar calendar) {
    requireState(State.RUNNING, "pause");
    return new SlaClock(target, usedAt(at, calendar), null, State.PAUSED, stoppedAt);
  }

  /** The customer answered: the clock counts again from {@code at}. */
  SlaClock resumed(Instant at) {
    requireState(State.PAUSED, "resume");
    return new SlaClock(target, used, at, State.RUNNING, stoppedAt);
  }

  /** The goal was reached (first public reply, resolution). A paused clock may stop too. */
  SlaClock stopped(Instant at, WorkingCalendar calendar) {
    if (state == State.STOPPED) {
      throw new IllegalStateException("the clock has already stopped");
    }
    return new SlaClock(target, usedAt(at, calendar), null, State.STOPPED, at);
  }

  /** A resolved complaint reopens: the clock runs again from {@code at} with the time used so far. */
  SlaClock reopened(Instant at) {
    requireState(State.STOPPED, "reopen");
    return new SlaClock(target, used, at, State.RUNNING, null);
  }

  /**
   * A new target (and possibly calendar) from a re-selected policy at {@code at}: the time used until then, counted
   * with the calendar in force before, is kept.
   */
  SlaClock retargeted(Instant at, Duration newTarget, WorkingCalendar before) {
    Duration usedNow = usedAt(at, before);
    Instant since = state == State.RUNNING ? at : null;
    return new SlaClock(newTarget, usedNow, since, state, stoppedAt);
  }

  /** Working time used up to {@code now}. */
  Duration usedAt(Instant now, WorkingCalendar calendar) {
    return state == State.RUNNING ? used.plus(calendar.between(runningSince, now)) : used;
  }

  /** When the target runs out; empty unless running (a paused clock's due time moves with the pause). */
  Optional<Instant> due(WorkingCalendar calendar) {
    return whenUsed(target, calendar);
  }

  /** When {@code share} of the target (0.75 by default for the warning) is used; empty unless running. */
  Optional<Instant> warningAt(double share, WorkingCalendar calendar) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the warning share lies in (0, 1]");
    }
    return whenUsed(Duration.ofSeconds(Math.round(target.toSeconds() * share)), calendar);
  }

  /** Met or breached, for a stopped clock; a breached target stays breached after a reopen and a later stop. */
  Optional<Outcome> outcome() {
    if (state != State.STOPPED) {
      return Optional.empty();
    }
    return Optional.of(used.compareTo(target) <= 0 ? Outcome.MET : Outcome.BREACHED);
  }

  private Optional<Instant> whenUsed(Duration amount, WorkingCalendar calendar) {
    if (state != State.RUNNING) {
      return Optional.empty();
    }
    Duration left = amount.minus(used);
    return Optional.of(left.isNegative() || left.isZero() ? runningSince : calendar.plus(runningSince, left));
  }

  private void requireState(State expected, String action) {
    if (state != expected) {
      throw new IllegalStateException("cannot " + action + " a clock that is " + state);
    }
  }
}
