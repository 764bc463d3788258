/** The article model and its readers: plain text, Markdown and HTML into one {@link org.factdesk.article.Article}. */
package org.factdesk.article;
