// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;

/**
 * The Atom feed (RFC 4287) of published articles and reports, newest first: feed and entries
 * each carry id, title, updated, author and links; the feed links to itself.
 */
public final class AtomFeed {
  private static final String NS = "http://www.w3.org/2005/Atom";
  private final SiteSettings site;

  public AtomFeed(SiteSettings site) {
    this.site = site;
  }

  public String render(List<ArticleRecord> articles, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", base + PublicPaths.HOME);
      text(x, "title", site.name());
      text(x, "subtitle", "Articles and fact-check reports from " + site.name());
      Instant updated = articles.stream().map(AtomFeed::changed).max(Instant::compareTo).orElse(Instant.EPOCH);
      text(x, "updated", StructuredData.iso(updated));
      x.writeStartElement("author");
      text(x, "name", site.name());
      x.writeEndElement();
      link(x, "self", base + PublicPaths.FEED, "application/atom+xml");
      link(x, "alternate", base + PublicPaths.HOME, "text/html");
      for (ArticleRecord a : articles) {
        x.writeStartElement("entry");
        text(x, "id", base + PublicPaths.of(a));
        text(x, "title", (a.kind() == ArticleKind.EXTERNAL ? "Fact-check: " : "") + a.title());
        text(x, "published", StructuredData.iso(a.publishedAt()));
        text(x, "updated", StructuredData.iso(changed(a)));
        x.writeStartElement("author");
        text(x, "name", a.kind() == ArticleKind.EXTERNAL ? site.name() : a.createdByName());
        x.writeEndElement();
        link(x, "alternate", base + PublicPaths.of(a), "text/html");
        text(x, "summary", summary(a));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The first 300 characters of the article's text, on one line. */
  public static String summary(ArticleRecord a) {
    String text = a.analysedText() != null ? a.analysedText() : a.sourceText();
    String body = text.strip();
    if (body.startsWith(a.title())) {
      body = body.substring(a.title().length()).strip();
    }
    body = body.replaceAll("\\s+", " ").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    return body.length() > 300 ? body.substring(0, 299) + "…" : body;
  }

  private static Instant changed(ArticleRecord a) {
    return a.updatedAt() != null && a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    // Characters XML 1.0 cannot carry at all are dropped rather than making the feed invalid.
    x.writeCharacters(value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", ""));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}
