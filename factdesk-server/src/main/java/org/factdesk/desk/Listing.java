// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.analysis.Severity;
import org.factdesk.audit.AuditEntry;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.NotFoundException;
import org.jdbi.v3.core.Jdbi;

/** What the desk shows and changes nothing: lists, search, an article's detail and revisions, the dashboard. */
final class Listing {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final ArticleStore store;
  private final LabelPolicy policy;
  private final MatchStore matchStore;
  private final PriorChecks priorChecks;

  Listing(Jdbi jdbi, AuditLog audit, ArticleStore store, LabelPolicy policy, MatchStore matchStore,
      PriorChecks priorChecks) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.store = store;
    this.policy = policy;
    this.matchStore = matchStore;
    this.priorChecks = priorChecks;
  }

  List<ArticleRecord> list(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(store::articles);
  }

  ArticleResults search(User actor, ArticleQuery query) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> store.search(h, query));
  }

  ArticleDetail detail(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.article(h, id);
      List<ClaimRecord> claims = store.claims(h, id);
      List<FindingRecord> findings = store.findings(h, id);
      LabelDecision label = policy.decide(a, claims, findings);
      return new ArticleDetail(a, claims, findings, store.corrections(h, id), label,
          policy.shows(a, label), audit.forArticle(id), store.claimComments(h, id),
          matchStore.matches(h, id), priorChecks.status());
    });
  }

  List<RevisionRecord> revisions(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> {
      store.article(h, id);
      return store.revisions(h, id);
    });
  }

  Desk.RevisionDiff diff(User actor, long id, int from, int to) {
    List<RevisionRecord> all = revisions(actor, id);
    RevisionRecord a = all.stream().filter(r -> r.revision() == from).findFirst()
        .orElseThrow(() -> new NotFoundException("Article " + id + " has no revision " + from + "."));
    RevisionRecord b = all.stream().filter(r -> r.revision() == to).findFirst()
        .orElseThrow(() -> new NotFoundException("Article " + id + " has no revision " + to + "."));
    return new Desk.RevisionDiff(a, b, TextDiff.between(a.text(), b.text()));
  }

  Dashboard dashboard(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.inTransaction(h -> {
      Map<String, List<ArticleRecord>> byState = new LinkedHashMap<>();
      for (ArticleState s : ArticleState.values()) {
        byState.put(s.label(), new ArrayList<>());
      }
      List<Dashboard.WorkItem> work = new ArrayList<>();
      for (ArticleRecord a : store.articles(h)) {
        byState.get(a.state().label()).add(a);
        if (a.state() != ArticleState.PUBLISHED && a.assignedToName() != null) {
          work.add(new Dashboard.WorkItem(a.assignedToName(), a.id(), a.title(), a.state().label()));
        }
      }
      Map<String, Long> bySeverity = new LinkedHashMap<>();
      for (Severity s : Severity.values()) {
        bySeverity.put(s.label(), 0L);
      }
      for (ArticleStore.Count c : store.openFindingsBySeverity(h)) {
        bySeverity.put(Severity.valueOf(c.name()).label(), c.n());
      }
      work.sort((x, y) -> x.person().compareToIgnoreCase(y.person()));
      return new Dashboard(byState, bySeverity, store.countClaimsAwaitingVerdict(h),
          store.claimsAwaitingVerdict(h, 20), work);
    });
  }

  List<AuditEntry> personAudit(User actor, long userId) {
    actor.require(Permission.VIEW_DESK);
    return audit.forPerson(userId);
  }
}
