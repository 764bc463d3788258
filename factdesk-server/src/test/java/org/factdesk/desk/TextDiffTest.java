// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class TextDiffTest {
  @Test
  void a_changed_name_is_one_removal_and_one_addition_between_kept_text() {
    assertThat(TextDiff.between("President Joe Biden said on Monday.", "President Donald Trump said on Monday."))
        .containsExactly(new TextDiff.Piece(TextDiff.Kind.SAME, "President "),
            new TextDiff.Piece(TextDiff.Kind.REMOVED, "Joe Biden "),
            new TextDiff.Piece(TextDiff.Kind.ADDED, "Donald Trump "),
            new TextDiff.Piece(TextDiff.Kind.SAME, "said on Monday."));
  }

  @Test
  void kept_and_added_runs_give_back_the_new_text_and_kept_and_removed_the_old_for_random_edits() {
    Random random = new Random(11);
    List<String> words = List.of("the ", "port ", "rose ", "14 ", "percent\n", "in ", "April ", "\n\n", "said ");
    for (int n = 0; n < 200; n++) {
      String a = random.ints(random.nextInt(40), 0, words.size()).mapToObj(words::get).collect(Collectors.joining());
      String b = random.ints(random.nextInt(40), 0, words.size()).mapToObj(words::get).collect(Collectors.joining());
      List<TextDiff.Piece> pieces = TextDiff.between(a, b);
      assertThat(join(pieces, TextDiff.Kind.ADDED)).isEqualTo(b);
      assertThat(join(pieces, TextDiff.Kind.REMOVED)).isEqualTo(a);
    }
  }

  private static String join(List<TextDiff.Piece> pieces, TextDiff.Kind side) {
    return pieces.stream().filter(p -> p.kind() == TextDiff.Kind.SAME || p.kind() == side)
        .map(TextDiff.Piece::text).collect(Collectors.joining());
  }
}
