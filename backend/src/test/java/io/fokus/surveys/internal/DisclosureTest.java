package io.fokus.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.surveys.internal.Disclosure.Group;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The suppression rule of DESIGN.md §5 and §7 on hand-made counts. */
class DisclosureTest {

  @Test
  void aGroupUnderFiveIsNeverShown() {
    assertThat(Disclosure.shows(Group.of(4))).isFalse();
    assertThat(Disclosure.shows(Group.of(5))).isTrue();
  }

  @Test
  void fiveOfSixAnswersHideTheirGroupBecauseTheOneOutsideFollowsBySubtraction() {
    // everyone: n = 6; language = en: n = 5, so everyone minus en is the one German answer
    assertThat(Disclosure.shows(Group.of(5, 6))).isFalse();
    assertThat(Disclosure.shows(Group.of(6, 11))).isTrue();
    assertThat(Disclosure.shows(Group.of(6, 10))).isFalse();
  }

  @Test
  void aCriterionThatLeavesNobodyOutRevealsNothing() {
    // all six answered in English: both results are the same answers
    assertThat(Disclosure.shows(Group.of(6, 6))).isTrue();
  }

  @Test
  void everyEnclosingGroupCounts() {
    // en and MANAGER: n = 7; MANAGER alone 12 (fine), en alone 9 (two outside)
    assertThat(Disclosure.shows(Group.of(7, 12, 9))).isFalse();
    assertThat(Disclosure.shows(Group.of(7, 12, 7))).isTrue();
  }

  @Test
  void hiddenRowsOfABreakdownMustNotFollowFromTheTotal() {
    // FRONTLINE 6, MANAGER 4: hiding only MANAGER leaves total - FRONTLINE = the four managers
    Map<String, Group> levels = new LinkedHashMap<>();
    levels.put("FRONTLINE", Group.of(6));
    levels.put("MANAGER", Group.of(4));
    assertThat(Disclosure.shown(levels)).isEmpty();

    // with a hidden EXECUTIVE of one, the hidden rows add up to five: FRONTLINE may be shown
    levels.put("MANAGER", Group.of(4));
    levels.put("EXECUTIVE", Group.of(1));
    assertThat(Disclosure.shown(levels)).containsExactly("FRONTLINE");
  }

  @Test
  void theSmallestShownRowsAreHiddenFirst() {
    Map<String, Group> units = new LinkedHashMap<>();
    units.put("sales", Group.of(20));
    units.put("support", Group.of(7));
    units.put("it", Group.of(9));
    units.put("legal", Group.of(2));
    assertThat(Disclosure.shown(units)).containsExactly("sales", "it");
  }

  @Test
  void aRowWhoseOwnComplementIsSmallIsHidden() {
    // the unit's answers in English (6) and in any language (8): two German answers outside
    Map<String, Group> units = new LinkedHashMap<>();
    units.put("sales", Group.of(6, 8));
    units.put("support", Group.of(10, 10));
    assertThat(Disclosure.shown(units)).isEmpty();
  }

  @Test
  void monthsSliceSafelyOnlyWhenEachIsEmptyOrLargeEnough() {
    assertThat(Disclosure.slicesSafely(List.of(0L, 5L, 12L))).isTrue();
    assertThat(Disclosure.slicesSafely(List.of(10L, 1L, 10L))).isFalse();
  }

  @Test
  void cellsOfATabulationHideWhatAnEnclosingTotalMinusTheShownCellsWouldReveal() {
    // month x unit x level: in unit A the two large levels are shown on their own, but unit A's total (15, shown by
    // a tabulation per unit) minus them would be the three frontline answers
    Map<List<String>, Long> cells = new LinkedHashMap<>();
    cells.put(List.of("jan", "A", "EXECUTIVE"), 6L);
    cells.put(List.of("jan", "A", "MANAGER"), 6L);
    cells.put(List.of("jan", "A", "FRONTLINE"), 3L);
    cells.put(List.of("jan", "B", "FRONTLINE"), 9L);
    cells.put(List.of("jan", "B", "MANAGER"), 8L);

    var shown = Disclosure.shownCells(cells);

    assertThat(shown).doesNotContain(List.of("jan", "A", "FRONTLINE"));
    // what is hidden within unit A, within every level and within the month is nothing or at least five answers
    long hiddenInA = cells.entrySet().stream().filter(e -> e.getKey().get(1).equals("A") && !shown.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    assertThat(hiddenInA).isGreaterThanOrEqualTo(Disclosure.MIN_GROUP);
    for (String level : List.of("EXECUTIVE", "MANAGER", "FRONTLINE")) {
      long hidden = cells.entrySet().stream().filter(e -> e.getKey().get(2).equals(level)
          && !shown.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
      assertThat(hidden).as(level).satisfiesAnyOf(h -> assertThat(h).isZero(),
          h -> assertThat(h).isGreaterThanOrEqualTo(Disclosure.MIN_GROUP));
    }
    assertThat(shown).isNotEmpty();
  }

  @Test
  void cellsAllLargeEnoughAreAllShown() {
    Map<List<String>, Long> cells = new LinkedHashMap<>();
    cells.put(List.of("jan", "A"), 5L);
    cells.put(List.of("jan", "B"), 7L);
    cells.put(List.of("feb", "A"), 12L);

    assertThat(Disclosure.shownCells(cells)).containsExactlyInAnyOrderElementsOf(cells.keySet());
  }
}
