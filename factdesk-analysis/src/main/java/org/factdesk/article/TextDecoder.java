// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM wins; then a charset the server declared (HTTP Content-Type);
 * then strict UTF-8 when the bytes are valid UTF-8; then a charset the page declares in a
 * {@code <meta>} tag or XML prolog; else Windows-1252 (a superset of ISO-8859-1's printable
 * range, which is what old newsroom files use). Refuses empty and binary input with a message
 * a journalist understands.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)|<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"']([a-z0-9_.\\-]+)");

  static String decode(byte[] bytes, String name) throws UnreadableArticleException {
    return decode(bytes, name, java.util.Optional.empty());
  }

  /** The charset named in a Content-Type value such as {@code text/html; charset=Shift_JIS}. */
  static java.util.Optional<Charset> fromContentType(String contentType) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]+)")
        .matcher(contentType == null ? "" : contentType);
    return m.find() ? charset(m.group(1)) : java.util.Optional.empty();
  }

  static java.util.Optional<Charset> charset(String name) {
    try {
      return java.util.Optional.of(Charset.forName(name.strip()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** The charset the document itself declares in its first bytes, if any. */
  static java.util.Optional<Charset> declaredInDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    return charset(m.group(1) != null ? m.group(1) : m.group(2));
  }

  static String decode(byte[] bytes, String name, java.util.Optional<Charset> declared)
      throws UnreadableArticleException {
    if (bytes.length == 0) {
      throw new UnreadableArticleException(name + " is empty: there is no article to check");
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else {
      if (looksBinary(bytes)) {
        throw new UnreadableArticleException(name + " looks like a binary file (an image, PDF or "
            + "archive?), not an article in text, Markdown or HTML");
      }
      if (declared.isPresent()) {
        text = new String(bytes, declared.get());
      } else {
        text = strictUtf8(bytes);
        if (text == null) {
          Charset inDocument = declaredInDocument(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8)
              && !c.name().equalsIgnoreCase("iso-8859-1") && !c.name().equalsIgnoreCase("us-ascii"))
              .orElse(WINDOWS_1252);
          text = new String(bytes, inDocument);
        }
      }
    }
    text = normalise(text);
    if (text.isBlank()) {
      throw new UnreadableArticleException(name + " has no text in it: there is no article to check");
    }
    return text;
  }

  /** Unix line ends, no control characters but tab and newline, no stray BOMs. */
  static String normalise(String text) {
    if (isClean(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        sb.append('\n');
      } else if (c == '\n' || c == '\t') {
        sb.append(c);
      } else if (c == '\uFEFF' || (c < 0x20) || (c >= 0x7F && c < 0xA0)) {
        sb.append(c < 0x20 || c == '\uFEFF' ? "" : " ");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0) || c == '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return control > n / 10;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
