// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.util.List;
import org.factdesk.accounts.ApiToken;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditEntry;
import org.factdesk.desk.ArticleDetail;
import org.factdesk.desk.ArticleQuery;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ArticleResults;
import org.factdesk.desk.ArticleState;
import org.factdesk.desk.ClaimWork;
import org.factdesk.desk.Dashboard;
import org.factdesk.desk.Desk;
import org.factdesk.desk.RevisionRecord;

/**
 * What each page template gets: one record per page. Public only because the precompiled
 * templates live in another package.
 */
public final class Views {
  private Views() {}

  /** What every page needs: its title, who is signed in (or null), and the CSRF token. */
  public record Frame(String title, User user, String csrf) {
    public boolean may(Permission permission) {
      return user != null && user.may(permission);
    }

    public boolean signedIn() {
      return user != null;
    }
  }

  public record LoginPage(Frame frame, String email, String error) {}

  public record SetupPage(Frame frame, String error) {}

  public record DashboardPage(Frame frame, Dashboard dashboard) {}

  public record NewArticlePage(Frame frame, String error) {}

  /** One run of article text with the findings and claims that cover it. */
  public record TextPiece(String text, String css, String anchor, String title) {
    public boolean marked() {
      return css != null;
    }
  }

  /**
   * {@code datelineSuggestion}: for an undated article whose dateline names a day but no year,
   * that day in the latest year up to today, offered in the date field for a person to confirm.
   */
  public record ArticlePage(Frame frame, ArticleDetail detail, List<TextPiece> pieces,
      boolean mayEdit, List<String> verdicts, List<String> claimTypes, List<User> people,
      java.util.Optional<org.factdesk.article.YearlessDateline.Suggestion> datelineSuggestion) {
    public ArticleRecord article() {
      return detail.article();
    }

    /** Checkers and editors work the claims of an unpublished, analysed article. */
    public boolean mayWorkClaims() {
      return frame.may(Permission.RECORD_VERDICT) && article().state() != ArticleState.PUBLISHED
          && article().analysisCurrent();
    }
  }

  public record ArticlesPage(Frame frame, ArticleResults results, ArticleQuery query, List<User> people,
      String filters) {
    public String link(int n) {
      return "/articles?" + (filters.isEmpty() ? "" : filters.replaceFirst("^&", "") + "&") + "page=" + n;
    }
  }

  public record InboxPage(Frame frame, ClaimWork.Inbox inbox) {}

  public record RevisionsPage(Frame frame, ArticleRecord article, List<RevisionRecord> revisions,
      Desk.RevisionDiff diff) {}

  public record EditPage(Frame frame, ArticleRecord article) {}

  public record PersonPage(Frame frame, User person, List<AuditEntry> audit) {}

  public record UsersPage(Frame frame, List<User> users, List<String> roles) {}

  public record AccountPage(Frame frame, List<ApiToken> tokens, String newSecret) {}

  /** The newsroom's own knowledge-base facts, their history, and the forms to change them. */
  public record KnowledgePage(Frame frame, List<org.factdesk.newsroom.NewsroomFact> facts,
      List<org.factdesk.newsroom.FactChange> history, List<String> eventKinds) {}

  public record ResetLinkPage(Frame frame, String email, String link) {}

  public record ResetPage(Frame frame, String token, boolean usable) {}

  public record ErrorPage(Frame frame, int status, String message, List<String> reasons, String back) {
    /** The message without the reasons it repeats (the page lists them below it). */
    public String lead() {
      int at = reasons.isEmpty() ? -1 : message.indexOf(reasons.get(0));
      return at > 0 ? message.substring(0, at).strip() : message;
    }
  }
}
