// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleDetail;
import org.factdesk.desk.ArticleEdit;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ArticleState;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.Desk;
import org.factdesk.desk.FindingRecord;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.Verdict;

/**
 * A small newsroom to click through: one person per role and articles in every state, among
 * them a published own article with a correction and a published fact-check of someone else's
 * piece. Everything goes through {@link Desk}, so the demo obeys the same rules as people do.
 * The texts are invented for the demo.
 */
public final class DemoNewsroom {
  /** Every demo account has this password. */
  public static final String PASSWORD = "demo-password";

  /** Demo accounts: email, name, role. */
  public static final List<String[]> PEOPLE = List.of(
      new String[] {"admin@demo.factdesk", "Ada Admin", "admin"},
      new String[] {"reporter@demo.factdesk", "Rui Reporter", "reporter"},
      new String[] {"checker@demo.factdesk", "Chidi Checker", "checker"},
      new String[] {"editor@demo.factdesk", "Edda Editor", "editor"},
      new String[] {"moderator@demo.factdesk", "Mona Moderator", "moderator"});

  static final String DRAFT = """
      # Harbour ferry timetable to change in May

      The harbour ferry will run every 20 minutes instead of every 30 minutes from 5 May, the \
      port authority said on Tuesday.

      About 4,200 passengers use the ferry on a typical weekday, according to the authority's \
      own count. Officials say the change could cut waiting times at the north pier by a third.
      """;

  static final String IN_REVIEW = """
      # Trade envoys meet in Geneva

      Trade envoys from twelve countries met in Geneva on 3 March 2025 to discuss tariffs on \
      steel and aluminium.

      President Joe Biden said the talks would continue until a deal is reached. The meeting \
      lasted four hours, according to a spokesperson for the host delegation.

      Experts warn that a failure could raise prices for builders.
      """;

  static final String CHECKED = """
      # Library opens its archive reading room

      The city library opened its refurbished archive reading room on Monday after eight months \
      of work.

      The room has 48 seats and holds about 12,000 bound volumes of local newspapers, the \
      library's director said.
      """;

  static final String PUBLISHED = """
      # River clean-up collects two tonnes of waste

      Volunteers collected about two tonnes of waste from the river banks on Saturday, the \
      organisers said.

      More than 300 people took part in the clean-up, which covered six kilometres of the river.
      """;

  static final String EXTERNAL = """
      # Why the summit changed everything

      When President Joe Biden met European leaders in Brussels in June 2025, he promised a new \
      era of cooperation.

      Vice President Kamala Harris said the United States would double its aid by the end of \
      the year.

      Many people say the summit was the most important one in a decade.
      """;

  private final Accounts accounts;
  private final Desk desk;

  DemoNewsroom(Accounts accounts, Desk desk) {
    this.accounts = accounts;
    this.desk = desk;
  }

  void load() {
    User admin = accounts.add(Optional.empty(), PEOPLE.get(0)[0], PEOPLE.get(0)[1], Role.ADMIN, PASSWORD);
    User reporter = accounts.add(Optional.of(admin), PEOPLE.get(1)[0], PEOPLE.get(1)[1], Role.REPORTER, PASSWORD);
    User checker = accounts.add(Optional.of(admin), PEOPLE.get(2)[0], PEOPLE.get(2)[1], Role.CHECKER, PASSWORD);
    User editor = accounts.add(Optional.of(admin), PEOPLE.get(3)[0], PEOPLE.get(3)[1], Role.EDITOR, PASSWORD);
    accounts.add(Optional.of(admin), PEOPLE.get(4)[0], PEOPLE.get(4)[1], Role.MODERATOR, PASSWORD);

    create(reporter, DRAFT, ArticleKind.OWN, "2025-04-20");

    ArticleRecord review = create(reporter, IN_REVIEW, ArticleKind.OWN, "2025-03-04");
    desk.changeState(reporter, review.id(), ArticleState.IN_REVIEW);

    ArticleRecord checked = create(reporter, CHECKED, ArticleKind.OWN, "2025-05-12");
    desk.changeState(reporter, checked.id(), ArticleState.IN_REVIEW);
    resolveEverything(checker, checked.id(), Verdict.ACCURATE);
    desk.changeState(checker, checked.id(), ArticleState.CHECKED);

    ArticleRecord published = create(reporter, PUBLISHED, ArticleKind.OWN, "2025-06-02");
    desk.changeState(reporter, published.id(), ArticleState.IN_REVIEW);
    resolveEverything(checker, published.id(), Verdict.ACCURATE);
    desk.changeState(checker, published.id(), ArticleState.CHECKED);
    desk.changeState(editor, published.id(), ArticleState.PUBLISHED);
    desk.correct(editor, published.id(), "The clean-up covered six kilometres, not eight.",
        "No text change: an earlier social media post gave the wrong length.", Optional.empty());

    ArticleRecord external = create(editor, EXTERNAL, ArticleKind.EXTERNAL, "2025-07-01");
    desk.edit(editor, external.id(), new ArticleEdit(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of("A columnist of the Example Weekly"), Optional.of("The Example Weekly"),
        Optional.of("https://weekly.example.org/summit-changed-everything")));
    desk.changeState(editor, external.id(), ArticleState.IN_REVIEW);
    resolveEverything(checker, external.id(), Verdict.INACCURATE);
    desk.changeState(checker, external.id(), ArticleState.CHECKED);
    desk.changeState(editor, external.id(), ArticleState.PUBLISHED);
  }

  private ArticleRecord create(User author, String text, ArticleKind kind, String asOf) {
    return desk.create(author, new ArticleInput(null, kind, Optional.of(text), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of("markdown"), Optional.of(LocalDate.parse(asOf))));
  }

  private void resolveEverything(User checker, long id, Verdict verdict) {
    ArticleDetail detail = desk.detail(checker, id);
    for (ClaimRecord c : detail.claims()) {
      desk.recordVerdict(checker, id, c.id(), verdict,
          List.of("Demo evidence: the desk's notes from the reporter's call with the source"),
          "Recorded by the demo loader.");
    }
    for (FindingRecord f : detail.findings()) {
      if (f.blocksLabel()) {
        desk.resolveFinding(checker, id, f.id(), FindingStatus.DISMISSED,
            verdict == Verdict.INACCURATE ? "Rated in the fact-check report." : "Demo: reviewed with the reporter.");
      }
    }
  }
}
