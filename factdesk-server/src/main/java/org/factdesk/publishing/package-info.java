// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The public reader site's content: addresses of public pages, verdicts in plain words,
 * schema.org JSON-LD ({@code NewsArticle}, {@code ClaimReview}), the Atom feed and the sitemap.
 * It reads published articles through {@code desk.PublishedArticles} and renders nothing itself;
 * the web edge turns these into pages.
 */
package org.factdesk.publishing;
