// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.Test;

/** The demo newsroom loads through the desk's rules: every state, and labels only where earned. */
final class DemoNewsroomTest {
  @Test
  void the_demo_newsroom_has_every_state_and_its_published_pages_carry_an_earned_label() {
    try (RunningDesk desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(), Map.of("demo", "true"))) {
      RunningDesk.Browser editor = desk.browser();
      editor.get("/login");
      assertThat(editor.post("/login", Map.of("email", "editor@demo.factdesk", "password", "demo-password")).status())
          .isEqualTo(303);
      String list = editor.get("/articles?state=published").body();
      assertThat(list).contains("River clean-up collects two tonnes of waste").contains("Why the summit changed everything");
      String reports = desk.browser().get("/fact-checks/").body();
      assertThat(reports).contains("Why the summit changed everything").contains("claims by A columnist of the Example Weekly");
      for (String state : new String[] {"draft", "in_review", "checked"}) {
        assertThat(editor.get("/articles?state=" + state).body()).as(state).contains("1 article(s)");
      }
    }
  }
}
