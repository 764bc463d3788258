// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled jte templates (src/main/jte), HTML-escaped by default. */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Object page) {
    StringOutput out = new StringOutput();
    engine.render(template, page, out);
    return out.toString();
  }
}
