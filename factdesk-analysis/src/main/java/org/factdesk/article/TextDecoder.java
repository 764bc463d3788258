package org.factdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM wins; else strict UTF-8; else Windows-1252 (a superset of
 * ISO-8859-1's printable range, which is what old newsroom files use). Refuses empty and
 * binary input with a message a journalist understands.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes, String name) throws UnreadableArticleException {
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
      text = strictUtf8(bytes);
      if (text == null) {
        text = new String(bytes, WINDOWS_1252);
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
