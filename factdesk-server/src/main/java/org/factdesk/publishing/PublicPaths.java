// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;

/**
 * The public site's address scheme. The desk keeps "/" and "/articles"; readers get
 * "/news" (home), "/news/{id}" (our articles), "/fact-checks/{id}" (reports on other people's
 * articles, listed at "/fact-checks/"), "/corrections", "/feed.atom", "/sitemap.xml" and
 * "/robots.txt".
 */
public final class PublicPaths {
  public static final String HOME = "/news";
  public static final String CORRECTIONS = "/corrections";
  public static final String FEED = "/feed.atom";
  public static final String SITEMAP = "/sitemap.xml";
  public static final String FACT_CHECKS = "/fact-checks/";
  public static final String ROBOTS = "/robots.txt";

  private PublicPaths() {}

  public static String of(ArticleRecord a) {
    return of(a.id(), a.kind());
  }

  public static String of(long id, ArticleKind kind) {
    return (kind == ArticleKind.EXTERNAL ? "/fact-checks/" : "/news/") + id;
  }
}
