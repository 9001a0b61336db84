package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The end of the range of words starting with a term, in the words' byte (code point) order. */
class SearchRangeTest {

  @Test
  void theLastCharacterRaisedByOne() {
    assertThat(Complaints.afterAllStartingWith("refund")).isEqualTo("refune");
    assertThat(Complaints.afterAllStartingWith("ord-1")).isEqualTo("ord-2");
    assertThat(Complaints.afterAllStartingWith("straß")).isEqualTo("straà");
    assertThat(Complaints.afterAllStartingWith("a😀")).isEqualTo("a😁");
  }

  @Test
  void skipsTheSurrogatesAndDropsALastCharacterThatCannotRise() {
    assertThat(Complaints.afterAllStartingWith("a\uD7FF")).isEqualTo("a\uE000");
    assertThat(Complaints.afterAllStartingWith("x" + Character.toString(Character.MAX_CODE_POINT))).isEqualTo("y");
    assertThat(Complaints.afterAllStartingWith(Character.toString(Character.MAX_CODE_POINT))).isNull();
  }
}
