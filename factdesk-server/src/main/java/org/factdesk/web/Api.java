// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.accounts.IssuedToken;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleDetail;
import org.factdesk.desk.ArticleEdit;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ArticleResults;
import org.factdesk.desk.ArticleState;
import org.factdesk.desk.ClaimMatch;
import org.factdesk.desk.Desk;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.PriorCheck;
import org.factdesk.desk.Verdict;
import org.factdesk.errors.BadInputException;

/**
 * The JSON API (documented in docs/api.md). Each route calls the same {@link Desk} and
 * {@link Accounts} methods as the pages, so permissions and rules are the same.
 */
final class Api {
  record NewArticle(String title, String kind, String text, String url, String format, String asOf,
      String claimant, String publisher) {}

  record Edit(String title, String text, String asOf, String claimant, String publisher, String sourceUrl) {}

  record NewClaim(String words, String type) {}

  record ClaimType(String type) {}

  record Split(String secondStartsWith) {}

  record Merge(List<Long> claims) {}

  record Message(String text) {}

  record Assignment(Long assignee) {}

  record StateChange(String state) {}

  record VerdictRequest(String verdict, List<String> evidence, String note) {}

  record FindingChange(String status, String reason) {}

  record SourceLink(String url) {}

  record MatchDecision(String decision, String reason) {}

  record Correction(String whatWasWrong, String whatChanged, String text) {}

  record NewUser(String email, String name, String role, String password) {}

  record RoleChange(String role) {}

  record TokenRequest(String label) {}

  /** An article in lists: no text. */
  record ArticleSummary(long id, String title, String kind, String state, String analysis,
      String createdBy, String lastWorkedOnBy, String assignee, String asOf, boolean underReview,
      Instant updatedAt, Instant publishedAt) {}

  private final Accounts accounts;
  private final Desk desk;
  private final ObjectMapper json;

  Api(Accounts accounts, Desk desk, ObjectMapper json) {
    this.accounts = accounts;
    this.desk = desk;
    this.json = json;
  }

  void routes(JavalinConfig config) {
    var r = config.routes;
    r.get("/api/me", ctx -> ctx.json(WebApp.user(ctx)));
    r.get("/api/dashboard", ctx -> ctx.json(desk.dashboard(WebApp.user(ctx))));
    r.get("/api/articles", ctx -> {
      ArticleResults page = desk.search(WebApp.user(ctx), Pages.query(ctx));
      ctx.header("X-Total-Count", String.valueOf(page.total()));
      ctx.json(page.articles().stream().map(Api::summary).toList());
    });
    r.get("/api/inbox", ctx -> {
      var inbox = desk.claims().inbox(WebApp.user(ctx));
      ctx.json(new ApiShapes.Inbox(inbox.articles().stream().map(Api::summary).toList(),
          inbox.claims().stream().map(ApiShapes.Claim::of).toList(), inbox.notices()));
    });
    r.post("/api/inbox/read", ctx -> {
      desk.claims().markRead(WebApp.user(ctx));
      ctx.status(HttpStatus.NO_CONTENT);
    });
    r.post("/api/articles", ctx -> {
      NewArticle body = body(ctx, NewArticle.class);
      ArticleRecord created = desk.create(WebApp.user(ctx), new ArticleInput(body.title(),
          ArticleKind.parse(Optional.ofNullable(body.kind()).orElse("own")),
          Optional.ofNullable(body.text()), Optional.empty(), Optional.empty(),
          Optional.ofNullable(body.url()), Optional.ofNullable(body.format()), Pages.date(body.asOf())));
      Pages.source(desk, WebApp.user(ctx), created.id(), body.claimant(), body.publisher());
      ctx.status(HttpStatus.CREATED).json(detail(desk.detail(WebApp.user(ctx), created.id())));
    });
    r.get("/api/articles/{id}", ctx -> ctx.json(detail(desk.detail(WebApp.user(ctx), WebApp.id(ctx, "id")))));
    r.put("/api/articles/{id}", ctx -> {
      Edit body = body(ctx, Edit.class);
      long id = WebApp.id(ctx, "id");
      desk.edit(WebApp.user(ctx), id, new ArticleEdit(Optional.ofNullable(body.title()),
          Optional.ofNullable(body.text()), Pages.date(body.asOf()), Optional.ofNullable(body.claimant()),
          Optional.ofNullable(body.publisher()), Optional.ofNullable(body.sourceUrl())));
      ctx.json(detail(desk.detail(WebApp.user(ctx), id)));
    });
    r.post("/api/articles/{id}/assign", ctx -> {
      Assignment body = body(ctx, Assignment.class);
      long id = WebApp.id(ctx, "id");
      desk.claims().assignArticle(WebApp.user(ctx), id, body.assignee());
      ctx.json(detail(desk.detail(WebApp.user(ctx), id)));
    });
    r.get("/api/articles/{id}/revisions", ctx -> ctx.json(desk.revisions(WebApp.user(ctx), WebApp.id(ctx, "id"))));
    r.get("/api/articles/{id}/diff", ctx -> ctx.json(desk.diff(WebApp.user(ctx), WebApp.id(ctx, "id"),
        Pages.number(ctx.queryParam("from"), "from"), Pages.number(ctx.queryParam("to"), "to"))));
    r.post("/api/articles/{id}/claims", ctx -> {
      NewClaim body = body(ctx, NewClaim.class);
      ctx.status(HttpStatus.CREATED).json(desk.claims().add(WebApp.user(ctx), WebApp.id(ctx, "id"),
          body.words(), body.type()));
    });
    r.post("/api/articles/{id}/claims/merge", ctx -> {
      Merge body = body(ctx, Merge.class);
      ctx.status(HttpStatus.CREATED).json(desk.claims().merge(WebApp.user(ctx), WebApp.id(ctx, "id"), body.claims()));
    });
    r.post("/api/articles/{id}/claims/{claim}/type", ctx -> {
      ClaimType body = body(ctx, ClaimType.class);
      ctx.json(ApiShapes.Claim.of(desk.claims().retype(WebApp.user(ctx), WebApp.id(ctx, "id"), WebApp.id(ctx, "claim"), body.type())));
    });
    r.post("/api/articles/{id}/claims/{claim}/split", ctx -> {
      Split body = body(ctx, Split.class);
      ctx.status(HttpStatus.CREATED).json(desk.claims().split(WebApp.user(ctx), WebApp.id(ctx, "id"),
          WebApp.id(ctx, "claim"), body.secondStartsWith()));
    });
    r.post("/api/articles/{id}/claims/{claim}/comments", ctx -> {
      Message body = body(ctx, Message.class);
      ctx.status(HttpStatus.CREATED).json(desk.claims().discuss(WebApp.user(ctx), WebApp.id(ctx, "id"),
          WebApp.id(ctx, "claim"), body.text()));
    });
    r.post("/api/articles/{id}/claims/{claim}/assign", ctx -> {
      Assignment body = body(ctx, Assignment.class);
      ctx.json(ApiShapes.Claim.of(desk.claims().assignClaim(WebApp.user(ctx), WebApp.id(ctx, "id"), WebApp.id(ctx, "claim"),
          body.assignee())));
    });
    r.post("/api/articles/{id}/state", ctx -> {
      StateChange body = body(ctx, StateChange.class);
      long id = WebApp.id(ctx, "id");
      desk.changeState(WebApp.user(ctx), id, ArticleState.parse(body.state()));
      ctx.json(detail(desk.detail(WebApp.user(ctx), id)));
    });
    r.post("/api/articles/{id}/reanalyse", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.reanalyse(WebApp.user(ctx), id);
      ctx.json(detail(desk.detail(WebApp.user(ctx), id)));
    });
    r.post("/api/articles/{id}/claims/{claim}/verdict", ctx -> {
      VerdictRequest body = body(ctx, VerdictRequest.class);
      ctx.json(ApiShapes.Claim.of(desk.recordVerdict(WebApp.user(ctx), WebApp.id(ctx, "id"), WebApp.id(ctx, "claim"),
          Verdict.parse(body.verdict()), body.evidence(), body.note())));
    });
    r.post("/api/articles/{id}/matches/{match}/decision", ctx -> {
      MatchDecision b = body(ctx, MatchDecision.class);
      ctx.json(match(desk.decideMatch(WebApp.user(ctx), WebApp.id(ctx, "id"), WebApp.id(ctx, "match"),
          b.decision(), b.reason())));
    });
    r.post("/api/articles/{id}/findings/{finding}/status", ctx -> {
      FindingChange body = body(ctx, FindingChange.class);
      ctx.json(ApiShapes.Finding.of(desk.resolveFinding(WebApp.user(ctx), WebApp.id(ctx, "id"), WebApp.id(ctx, "finding"),
          FindingStatus.parse(body.status()), body.reason())));
    });
    r.post("/api/articles/{id}/findings/{finding}/link", ctx -> {
      SourceLink body = body(ctx, SourceLink.class);
      long id = WebApp.id(ctx, "id");
      desk.addSourceLink(WebApp.user(ctx), id, WebApp.id(ctx, "finding"), body.url());
      ctx.json(detail(desk.detail(WebApp.user(ctx), id)));
    });
    r.post("/api/articles/{id}/corrections", ctx -> {
      Correction body = body(ctx, Correction.class);
      ctx.status(HttpStatus.CREATED).json(desk.correct(WebApp.user(ctx), WebApp.id(ctx, "id"),
          body.whatWasWrong(), body.whatChanged(), Optional.ofNullable(body.text())));
    });
    r.get("/api/articles/{id}/audit", ctx -> ctx.json(desk.detail(WebApp.user(ctx), WebApp.id(ctx, "id")).audit()));
    r.get("/api/people/{id}/audit", ctx -> {
      User user = WebApp.user(ctx);
      User person = accounts.get(user, WebApp.id(ctx, "id"));
      ctx.json(desk.personAudit(user, person.id()));
    });
    r.get("/api/users", ctx -> ctx.json(accounts.list(WebApp.user(ctx))));
    r.post("/api/users", ctx -> {
      NewUser body = body(ctx, NewUser.class);
      ctx.status(HttpStatus.CREATED).json(accounts.add(Optional.of(WebApp.user(ctx)), body.email(),
          body.name(), Role.parse(body.role()), body.password()));
    });
    r.post("/api/users/{id}/role", ctx -> {
      RoleChange body = body(ctx, RoleChange.class);
      ctx.json(accounts.changeRole(WebApp.user(ctx), WebApp.id(ctx, "id"), Role.parse(body.role())));
    });
    r.get("/api/tokens", ctx -> ctx.json(accounts.tokens(WebApp.user(ctx))));
    r.post("/api/tokens", ctx -> {
      TokenRequest body = body(ctx, TokenRequest.class);
      IssuedToken issued = accounts.issueToken(WebApp.user(ctx), body.label());
      ctx.status(HttpStatus.CREATED).json(issued);
    });
    r.post("/api/tokens/{id}/revoke", ctx -> {
      accounts.revokeToken(WebApp.user(ctx), WebApp.id(ctx, "id"));
      ctx.status(HttpStatus.NO_CONTENT);
    });
  }

  private <T> T body(Context ctx, Class<T> type) {
    return body(json, ctx, type);
  }

  /** A JSON request body as {@code type}, or a 400 a person can act on. Shared by every API route. */
  static <T> T body(ObjectMapper json, Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw new BadInputException("Send a JSON object in the request body.");
    }
    try {
      T value = json.readValue(text, type);
      if (value == null) {
        throw new BadInputException("Send a JSON object in the request body.");
      }
      return value;
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      throw new BadInputException("The request body is not what this action expects: "
          + (detail.length() > 200 ? detail.substring(0, 200) : detail));
    }
  }

  private static ArticleSummary summary(ArticleRecord a) {
    return new ArticleSummary(a.id(), a.title(), a.kind().label(), a.state().label(),
        a.analysisStatus().label(), a.createdByName(), a.assignedToName(), a.assigneeName(),
        a.asOf() == null ? null : a.asOf().toString(), a.underReview(), a.updatedAt(), a.publishedAt());
  }

  /** A prior fact-check under a claim, with the editor's decision on it. */
  static Map<String, Object> match(ClaimMatch m) {
    PriorCheck c = m.check();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("factCheckId", c.factCheckId());
    out.put("claim", c.claim());
    out.put("rating", c.rating());
    out.put("publisher", c.publisher());
    out.put("url", c.url());
    out.put("date", c.date() == null ? null : c.date().toString());
    out.put("timing", c.timing());
    out.put("score", c.score());
    out.put("judged", c.judged());
    out.put("agrees", c.agrees());
    out.put("differs", c.differs());
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decision", m.decision());
    decision.put("reason", m.reason());
    decision.put("by", m.decidedByName());
    decision.put("at", m.decidedAt());
    out.put("decision", m.decision() == null ? null : decision);
    return out;
  }

  private Map<String, Object> detail(ArticleDetail d) {
    ArticleRecord a = d.article();
    Map<String, Object> analysis = new LinkedHashMap<>();
    analysis.put("status", a.analysisStatus().label());
    analysis.put("stage", a.analysisStage());
    analysis.put("error", a.analysisError());
    analysis.put("current", a.analysisCurrent());
    Map<String, Object> label = new LinkedHashMap<>();
    label.put("factChecked", d.labelShown());
    label.put("earned", d.label().earned());
    label.put("reasons", d.label().reasons());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("title", a.title());
    out.put("kind", a.kind().label());
    out.put("state", a.state().label());
    out.put("format", a.sourceFormat().toLowerCase(java.util.Locale.ROOT));
    out.put("sourceUrl", a.sourceUrl());
    out.put("asOf", a.asOf() == null ? null : a.asOf().toString());
    out.put("asOfSource", a.asOfSource());
    out.put("needsDate", a.asOf() == null);
    out.put("claimant", a.claimant());
    out.put("publisher", a.sourcePublisher());
    out.put("assignee", a.assigneeName());
    out.put("assigneeId", a.assigneeId());
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("since", a.underReviewSince());
    review.put("reason", a.underReviewReason());
    out.put("underReview", a.underReview() ? review : null);
    out.put("revision", a.revision());
    out.put("createdBy", a.createdByName());
    out.put("lastWorkedOnBy", a.assignedToName());
    out.put("createdAt", a.createdAt());
    out.put("updatedAt", a.updatedAt());
    out.put("publishedAt", a.publishedAt());
    out.put("analysis", analysis);
    out.put("label", label);
    out.put("sourceText", a.sourceText());
    out.put("analysedText", a.analysedText());
    out.put("claims", d.claims().stream().map(c -> {
      Map<String, Object> m = json.convertValue(ApiShapes.Claim.of(c), Map.class);
      m.put("discussion", d.thread(c));
      m.put("priorFactChecks", d.matches(c).stream().map(Api::match).toList());
      return m;
    }).toList());
    Map<String, Object> prior = new LinkedHashMap<>();
    prior.put("mode", d.priorChecks().mode().label());
    prior.put("note", d.priorChecks().note());
    out.put("priorChecks", prior);
    out.put("findings", d.findings().stream().map(ApiShapes.Finding::of).toList());
    out.put("corrections", d.corrections());
    return out;
  }

}
