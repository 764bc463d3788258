// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text. The text is kept exactly as given (after decoding), so offsets match what
 * the user sees. The first line is the headline only when it reads like one (short, no closing
 * full stop); otherwise the file has no title line and its lead paragraph is body text. Blank lines separate chunks; a chunk is one paragraph when its lines wrap
 * prose, else each line is its own block (bullets, numbered headings, "Source:" lines).
 */
final class PlainTextReader {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣∙*\\-–—]|\\d{1,2}[.)])\\s+");
  private static final Pattern SYMBOL_BULLET = Pattern.compile("^\\s*[•·▪◦‣∙*\\-–—]\\s+");
  /** A sentence's last character, a closing quote or bracket, and a footnote's number ("prices.2"). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?\\d{0,2}$");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"()]+[^\\s<>\"().,;:!?'’]");

  private PlainTextReader() {}

  record Line(int start, int end) {}

  static Article read(String text, String name) {
    List<List<Line>> chunks = chunks(text);
    List<Block> blocks = new ArrayList<>();
    String headline = null;
    for (List<Line> chunk : chunks) {
      for (Line l : splitChunk(text, chunk)) {
        Block b = classify(text, l, blocks.isEmpty(), headline);
        if (b == null) {
          continue;
        }
        if (b.kind() == BlockKind.HEADLINE) {
          headline = BlockClassifier.normaliseForCompare(b.span().of(text));
        }
        blocks.add(b);
      }
    }
    List<Link> links = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      links.add(new Link(new Span(m.start(), m.end()), m.group()));
    }
    return new Article(name, text, ArticleFormat.TEXT, blocks, links, ArticleMetadata.none());
  }

  private static List<List<Line>> chunks(String text) {
    List<List<Line>> chunks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (text.substring(pos, end).isBlank()) {
        if (!current.isEmpty()) {
          chunks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(new Line(pos, end));
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** Wrapped prose becomes one block; anything list- or heading-like stays line by line. */
  private static List<Line> splitChunk(String text, List<Line> chunk) {
    if (chunk.size() == 1) {
      return chunk;
    }
    boolean prose = true;
    boolean listLike = false;
    for (int i = 0; i < chunk.size(); i++) {
      String s = text.substring(chunk.get(i).start(), chunk.get(i).end());
      if (BULLET.matcher(s).find() || BlockClassifier.isSourceLine(s) || BlockClassifier.isBoilerplate(s)) {
        listLike = true;
        prose = false;
        break;
      }
      if (i < chunk.size() - 1 && s.strip().length() < 40) {
        prose = false;
      }
    }
    if (prose) {
      return wrappedParagraphs(text, chunk)
          .orElse(List.of(new Line(chunk.get(0).start(), chunk.get(chunk.size() - 1).end())));
    }
    return listLike ? chunk : indentedParagraphs(text, chunk).or(() -> wrappedParagraphs(text, chunk)).orElse(chunk);
  }

  /**
   * Hard-wrapped copy with neither blank lines nor indents between paragraphs (a speech's text on
   * the wire): a line ends a paragraph when the next line's first word would have fitted on it and
   * it closes a sentence or is short. Read line by line, a sentence wrapped over three lines became
   * three blocks, and a year in one was taken for the time of the others.
   */
  private static Optional<List<Line>> wrappedParagraphs(String text, List<Line> chunk) {
    if (chunk.size() < 3) {
      return Optional.empty();
    }
    int width = 0;
    for (int i = 0; i < chunk.size(); i++) {
      String s = text.substring(chunk.get(i).start(), chunk.get(i).end()).stripTrailing();
      if (i > 0 && (s.startsWith(" ") || s.startsWith("\t"))) {
        return Optional.empty();
      }
      width = Math.max(width, s.length());
    }
    // Wrapping fills lines: most run close to the widest (a header block of a title, byline, date and address does not).
    int nearWidth = 0;
    for (int i = 0; i < chunk.size() - 1; i++) {
      if (text.substring(chunk.get(i).start(), chunk.get(i).end()).stripTrailing().length() * 4 >= width * 3) {
        nearWidth++;
      }
    }
    if (width < 50 || nearWidth * 3 < (chunk.size() - 1) * 2) {
      return Optional.empty();
    }
    List<Line> paragraphs = new ArrayList<>();
    int start = chunk.get(0).start();
    for (int i = 0; i < chunk.size() - 1; i++) {
      String s = text.substring(chunk.get(i).start(), chunk.get(i).end()).stripTrailing();
      String next = text.substring(chunk.get(i + 1).start(), chunk.get(i + 1).end()).strip();
      int space = next.indexOf(' ');
      int nextWord = space < 0 ? next.length() : space;
      boolean wouldFit = s.length() + 1 + nextWord <= width;
      if (wouldFit && (SENTENCE_END.matcher(s).find() || s.strip().length() < 40)) {
        paragraphs.add(new Line(start, chunk.get(i).end()));
        start = chunk.get(i + 1).start();
      }
    }
    paragraphs.add(new Line(start, chunk.get(chunk.size() - 1).end()));
    return Optional.of(paragraphs);
  }

  /**
   * Hard-wrapped wire copy with no blank lines: each paragraph starts on an indented line and runs
   * on in unindented ones, its last line short. Read line by line, a name wrapped across two lines
   * ("Congressman Berkley / Bedell") would be cut in two.
   */
  private static Optional<List<Line>> indentedParagraphs(String text, List<Line> chunk) {
    boolean someIndented = false;
    boolean someRunOn = false;
    int fullLines = 0;
    for (int i = 1; i < chunk.size(); i++) {
      String s = text.substring(chunk.get(i).start(), chunk.get(i).end());
      boolean indented = s.startsWith("  ") || s.startsWith("\t");
      someIndented |= indented;
      someRunOn |= !indented;
      if (s.strip().length() >= 40) {
        fullLines++;
      }
    }
    // Mostly full lines: wrapped prose, not a list of short items.
    if (!someIndented || !someRunOn || fullLines * 2 < chunk.size() - 1) {
      return Optional.empty();
    }
    List<Line> paragraphs = new ArrayList<>();
    int start = chunk.get(0).start();
    for (int i = 1; i < chunk.size(); i++) {
      String s = text.substring(chunk.get(i).start(), chunk.get(i).end());
      if (s.startsWith("  ") || s.startsWith("\t")) {
        paragraphs.add(new Line(start, chunk.get(i - 1).end()));
        start = chunk.get(i).start();
      }
    }
    paragraphs.add(new Line(start, chunk.get(chunk.size() - 1).end()));
    return Optional.of(paragraphs);
  }

  private static Block classify(String text, Line line, boolean first, String headline) {
    int start = line.start();
    int end = line.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    String s = text.substring(start, end);
    if (first && BlockClassifier.looksLikeHeadline(s)) {
      return new Block(BlockKind.HEADLINE, new Span(start, end));
    }
    if (headline != null && BlockClassifier.normaliseForCompare(s).equals(headline)) {
      return new Block(BlockKind.BOILERPLATE, new Span(start, end));
    }
    if (BlockClassifier.isBoilerplate(s)) {
      return new Block(BlockKind.BOILERPLATE, new Span(start, end));
    }
    if (BlockClassifier.isSourceLine(s)) {
      return new Block(BlockKind.SOURCE_LINE, new Span(start, end));
    }
    Matcher bullet = SYMBOL_BULLET.matcher(s);
    if (bullet.find()) {
      return new Block(BlockKind.LIST_ITEM, new Span(start + bullet.end(), end));
    }
    Matcher numbered = BULLET.matcher(s);
    if (numbered.find()) {
      return new Block(BlockClassifier.looksLikeHeading(s) ? BlockKind.HEADING : BlockKind.LIST_ITEM,
          new Span(start + numbered.end(), end));
    }
    if (BlockClassifier.looksLikeHeading(s)) {
      return new Block(BlockKind.HEADING, new Span(start, end));
    }
    return new Block(BlockKind.PARAGRAPH, new Span(start, end));
  }
}
