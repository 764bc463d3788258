// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factdesk.desk.ArticleRecord;

/** sitemap.xml (sitemaps.org 0.9): the home page, the corrections page, every published page. */
public final class Sitemap {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  public String render(List<ArticleRecord> articles, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("urlset");
      x.writeDefaultNamespace(NS);
      url(x, base + PublicPaths.HOME, null);
      url(x, base + PublicPaths.CORRECTIONS, null);
      for (ArticleRecord a : articles) {
        url(x, base + PublicPaths.of(a), StructuredData.iso(a.updatedAt().isAfter(a.publishedAt())
            ? a.updatedAt() : a.publishedAt()));
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void url(XMLStreamWriter x, String loc, String lastmod) throws XMLStreamException {
    x.writeStartElement("url");
    x.writeStartElement("loc");
    x.writeCharacters(loc);
    x.writeEndElement();
    if (lastmod != null) {
      x.writeStartElement("lastmod");
      x.writeCharacters(lastmod);
      x.writeEndElement();
    }
    x.writeEndElement();
  }
}
