// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.newsclaims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersStories;

/**
 * Finds a news story by its id in {@code ../shared/eval/news}: {@code reuters21578/reut2-NNN.sgm#NEWID}
 * (Reuters-21578 SGML, unwrapped: {@link #unwrap}) or {@code reuters-financial-2006-2013-dev/FILE} (one story per file: lines
 * {@code -- headline}, {@code -- By byline}, {@code -- date}, {@code -- url}, a blank line, the body).
 */
public final class NewsArticles {
  /** A story's headline and body as the claim set's offsets count them (offsets are into the body). */
  public record Story(String id, String headline, String body) {}

  private final Path root;
  private final Map<Path, Map<String, DatedStory>> sgmlFiles = new HashMap<>();

  public NewsArticles(Path root) {
    this.root = root;
  }

  public Story story(String id) throws IOException {
    int hash = id.indexOf('#');
    if (hash > 0) {
      Path file = root.resolve(id.substring(0, hash));
      Map<String, DatedStory> stories = sgmlFiles.get(file);
      if (stories == null) {
        stories = new HashMap<>();
        requireFile(file, id);
        for (DatedStory s : new ReutersStories().read(file)) {
          stories.put(s.id(), s);
        }
        sgmlFiles.put(file, stories);
      }
      DatedStory s = stories.get(id.substring(hash + 1));
      if (s == null) {
        throw new DatasetFormatException(id + ": no story with that NEWID in " + file);
      }
      return new Story(id, s.title(), unwrap(s.body()));
    }
    Path file = root.resolve(id);
    requireFile(file, id);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 5 || !lines.get(0).startsWith("-- ")) {
      throw new DatasetFormatException(file + ": not a Reuters financial news story (expected '-- headline' first)");
    }
    int bodyStart = 4;
    while (bodyStart < lines.size() && lines.get(bodyStart).isBlank()) {
      bodyStart++;
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
    return new Story(id, lines.get(0).substring(3).strip(), body);
  }

  /**
   * Reuters-21578 bodies are hard-wrapped at about 65 columns, a new paragraph starting with an
   * indented line. A reporter's file has one paragraph per line: join each paragraph's lines with
   * a space and separate paragraphs by a blank line (offsets in the claim set count in this form).
   */
  static String unwrap(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (String line : body.split("\n")) {
      boolean newParagraph = line.startsWith(" ") || line.startsWith("\t");
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(newParagraph ? "\n\n" : " ");
      }
      out.append(text);
    }
    return out.toString();
  }

  private static void requireFile(Path file, String id) {
    if (!Files.isRegularFile(file)) {
      throw new DatasetFormatException(id + ": no such news file " + file);
    }
  }
}
