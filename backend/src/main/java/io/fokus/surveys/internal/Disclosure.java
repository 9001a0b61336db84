package io.fokus.surveys.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of answers may be shown (DESIGN.md §5 and §7). A group is the answers that meet some criteria (a
 * period, a language, a unit, a level, a customer attribute, a point of a series, a row of a breakdown). It is shown
 * only with at least {@link #MIN_GROUP} answers and when, for every criterion, the group that leaves that criterion
 * out (its enclosing group) has either exactly as many answers or at least {@link #MIN_GROUP} more: otherwise the
 * two results, both allowed on their own, subtract to fewer than {@link #MIN_GROUP} answers. A complement of zero is
 * safe, because then both results are the same answers.
 *
 * <p>Groups that split one enclosing group (the rows of a breakdown, the points of a series) are decided together:
 * what is hidden among them must add up to zero or at least {@link #MIN_GROUP} answers, else the enclosing total
 * minus the shown rows gives the hidden one away; the smallest shown rows are hidden until it does.
 */
final class Disclosure {

  static final int MIN_GROUP = 5;

  private Disclosure() {
  }

  /**
   * A group: its number of answers and the number of answers of each enclosing group (one per criterion of the
   * group, that criterion left out).
   */
  record Group(long n, List<Long> enclosing) {

    Group {
      enclosing = List.copyOf(enclosing);
    }

    static Group of(long n, long... enclosing) {
      return new Group(n, java.util.Arrays.stream(enclosing).boxed().toList());
    }
  }

  /** True when the group may be shown on its own. */
  static boolean shows(Group group) {
    if (group.n() < MIN_GROUP) {
      return false;
    }
    return group.enclosing().stream().allMatch(enclosing -> safeComplement(enclosing - group.n()));
  }

  /**
   * The groups of a split that may be shown: each must be shown on its own, and what is hidden, which follows from
   * the enclosing total minus the shown groups, must be nothing or itself a group that may be shown (its answers and
   * enclosing answers added up). The parts must cover the whole enclosing group (also answers without a key).
   */
  static <K> Set<K> shown(Map<K, Group> parts) {
    Set<K> shown = new LinkedHashSet<>();
    for (Map.Entry<K, Group> part : parts.entrySet()) {
      if (shows(part.getValue())) {
        shown.add(part.getKey());
      }
    }
    while (!shown.isEmpty() && !revealsNothing(hidden(parts, shown))) {
      K smallest = shown.stream().min(Comparator.comparingLong(k -> parts.get(k).n())).orElseThrow();
      shown.remove(smallest);
    }
    return shown;
  }

  /** The union of the parts not shown, as one group. */
  private static <K> Group hidden(Map<K, Group> parts, Set<K> shown) {
    long n = 0;
    long[] enclosing = null;
    for (Map.Entry<K, Group> part : parts.entrySet()) {
      if (shown.contains(part.getKey())) {
        continue;
      }
      n += part.getValue().n();
      List<Long> partEnclosing = part.getValue().enclosing();
      if (enclosing == null) {
        enclosing = new long[partEnclosing.size()];
      }
      for (int i = 0; i < enclosing.length; i++) {
        enclosing[i] += partEnclosing.get(i);
      }
    }
    return Group.of(n, enclosing == null ? new long[0] : enclosing);
  }

  private static boolean revealsNothing(Group hidden) {
    return hidden.n() == 0 || shows(hidden);
  }

  /**
   * True when slicing answers into these parts (the months of a staff survey) lets no union of parts differ from
   * another by fewer than {@link #MIN_GROUP} answers: every part is empty or has at least {@link #MIN_GROUP}.
   */
  static boolean slicesSafely(Iterable<Long> parts) {
    for (long part : parts) {
      if (!safeComplement(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells of a cross-tabulation that may be shown, each cell keyed by its value of every dimension (a period, a
   * unit, a level, ...). A cell is shown with at least {@link #MIN_GROUP} answers; then, for every enclosing group
   * (the cells that agree on some dimensions, the others left out, up to all cells), what is hidden within it must be
   * nothing or at least {@link #MIN_GROUP} answers, else that group's total, which a coarser tabulation may show,
   * minus its shown cells gives the hidden ones away: the smallest shown cell of such a group is hidden until none
   * is left.
   */
  static <K extends List<?>> Set<K> shownCells(Map<K, Long> cells) {
    Set<K> shown = new LinkedHashSet<>();
    cells.forEach((key, n) -> {
      if (n >= MIN_GROUP) {
        shown.add(key);
      }
    });
    int dimensions = cells.keySet().stream().mapToInt(List::size).max().orElse(0);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int leftOut = 1; leftOut < 1 << dimensions; leftOut++) {
        for (List<K> group : enclosingGroups(cells.keySet(), leftOut).values()) {
          long hidden = group.stream().filter(k -> !shown.contains(k)).mapToLong(cells::get).sum();
          if (!safeComplement(hidden)) {
            var smallest = group.stream().filter(shown::contains).min(Comparator.comparingLong(cells::get));
            if (smallest.isPresent()) {
              shown.remove(smallest.get());
              changed = true;
            }
          }
        }
      }
    }
    return shown;
  }

  /** The cells grouped by their values of the dimensions not left out (a bit set of dimension indexes). */
  private static <K extends List<?>> Map<List<Object>, List<K>> enclosingGroups(Set<K> keys, int leftOut) {
    Map<List<Object>, List<K>> groups = new java.util.HashMap<>();
    for (K key : keys) {
      List<Object> kept = new java.util.ArrayList<>();
      for (int i = 0; i < key.size(); i++) {
        kept.add((leftOut & 1 << i) == 0 ? key.get(i) : null);
      }
      groups.computeIfAbsent(kept, k -> new java.util.ArrayList<>()).add(key);
    }
    return groups;
  }

  private static boolean safeComplement(long answers) {
    return answers == 0 || answers >= MIN_GROUP;
  }
}
