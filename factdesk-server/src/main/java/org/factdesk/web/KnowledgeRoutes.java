// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.newsroom.EventInput;
import org.factdesk.newsroom.NewsroomFact;
import org.factdesk.newsroom.NewsroomFacts;
import org.factdesk.newsroom.TermInput;

/**
 * The newsroom's own facts, as a page for editors and as JSON (docs/api.md): list, add a term,
 * end a term, add an event, correct any of them, the history of changes, and the export that
 * {@code factdesk kb import additions} reads.
 */
final class KnowledgeRoutes {
  private static final String EXPORT_NAME = "newsroom-facts.yaml";

  private final NewsroomFacts facts;
  private final Templates templates;
  private final ObjectMapper json;

  KnowledgeRoutes(NewsroomFacts facts, Templates templates, ObjectMapper json) {
    this.facts = facts;
    this.templates = templates;
    this.json = json;
  }

  void routes(JavalinConfig config) {
    var r = config.routes;
    r.get("/desk/kb", ctx -> {
      User user = WebApp.user(ctx);
      ctx.html(templates.render("knowledge.jte", new Views.KnowledgePage(frame(ctx, "Newsroom facts"),
          facts.list(user), facts.history(user), NewsroomFacts.EVENT_KINDS)));
    });
    r.post("/desk/kb/terms", ctx -> {
      facts.addTerm(WebApp.user(ctx), term(ctx));
      ctx.redirect("/desk/kb", HttpStatus.SEE_OTHER);
    });
    r.post("/desk/kb/terms/end", ctx -> {
      facts.endTerm(WebApp.user(ctx), term(ctx));
      ctx.redirect("/desk/kb", HttpStatus.SEE_OTHER);
    });
    r.post("/desk/kb/events", ctx -> {
      facts.addEvent(WebApp.user(ctx), event(ctx));
      ctx.redirect("/desk/kb", HttpStatus.SEE_OTHER);
    });
    r.post("/desk/kb/facts/{id}", ctx -> {
      User user = WebApp.user(ctx);
      long id = WebApp.id(ctx, "id");
      NewsroomFact f = facts.get(user, id);
      if (f.isTerm()) {
        facts.correctTerm(user, id, term(ctx));
      } else {
        facts.correctEvent(user, id, event(ctx));
      }
      ctx.redirect("/desk/kb#fact-" + id, HttpStatus.SEE_OTHER);
    });
    r.get("/desk/kb/export", ctx -> download(ctx, facts.export(WebApp.user(ctx))));

    r.get("/api/kb/facts", ctx -> ctx.json(facts.list(WebApp.user(ctx))));
    r.get("/api/kb/facts/{id}", ctx -> ctx.json(facts.get(WebApp.user(ctx), WebApp.id(ctx, "id"))));
    r.get("/api/kb/changes", ctx -> ctx.json(facts.history(WebApp.user(ctx))));
    r.post("/api/kb/terms", ctx -> ctx.status(HttpStatus.CREATED)
        .json(facts.addTerm(WebApp.user(ctx), body(ctx, TermInput.class))));
    r.post("/api/kb/terms/end", ctx -> ctx.json(facts.endTerm(WebApp.user(ctx), body(ctx, TermInput.class))));
    r.post("/api/kb/events", ctx -> ctx.status(HttpStatus.CREATED)
        .json(facts.addEvent(WebApp.user(ctx), body(ctx, EventInput.class))));
    r.put("/api/kb/facts/{id}", ctx -> {
      User user = WebApp.user(ctx);
      long id = WebApp.id(ctx, "id");
      NewsroomFact f = facts.get(user, id);
      ctx.json(f.isTerm() ? facts.correctTerm(user, id, body(ctx, TermInput.class))
          : facts.correctEvent(user, id, body(ctx, EventInput.class)));
    });
    r.get("/api/kb/export", ctx -> download(ctx, facts.export(WebApp.user(ctx))));
  }

  private static void download(Context ctx, String yaml) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + EXPORT_NAME + "\"");
    ctx.contentType("application/yaml; charset=utf-8").result(yaml);
  }

  private static TermInput term(Context ctx) {
    return new TermInput(ctx.formParam("person"), ctx.formParam("office"), ctx.formParam("start"),
        ctx.formParam("end"), ctx.formParam("sourceUrl"), ctx.formParam("note"));
  }

  private static EventInput event(Context ctx) {
    String aliases = ctx.formParam("aliases");
    return new EventInput(ctx.formParam("id"), ctx.formParam("name"), ctx.formParam("when"), ctx.formParam("kind"),
        aliases == null ? null : List.of(aliases.split("[\\n;]")), ctx.formParam("sourceUrl"), ctx.formParam("note"));
  }

  private <T> T body(Context ctx, Class<T> type) {
    WebApp.user(ctx).require(Permission.EDIT_KNOWLEDGE);
    return Api.body(json, ctx, type);
  }

  private static Views.Frame frame(Context ctx, String title) {
    return new Views.Frame(title, ctx.attribute(Auth.USER), ctx.attribute(Auth.CSRF));
  }
}
