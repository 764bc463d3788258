// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.factdesk.archive.ArchiveImport;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheckArchive;

/**
 * Generates CheckThat!-shaped JSON Lines on the fly, never holding more than one line, and
 * imports them: the bounded-memory check runs this in a JVM with a small heap.
 * Usage: {@code SyntheticFactChecks DIR COUNT SUBTITLE_CHARS}; prints the stored count.
 */
final class SyntheticFactChecks extends InputStream {
  private static final String[] WORDS = ("vaccine election senator flood bridge toll penguin mayor"
      + " cheese moon budget tax school virus border wall climate storm bank rate oil price").split(" ");
  private final long count;
  private final int subtitleChars;
  private final Random random = new Random(7);
  private long next;
  private byte[] line = new byte[0];
  private int pos;

  SyntheticFactChecks(long count, int subtitleChars) {
    this.count = count;
    this.subtitleChars = subtitleChars;
  }

  @Override
  public int read() {
    if (pos == line.length && !refill()) {
      return -1;
    }
    return line[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos == line.length && !refill()) {
      return -1;
    }
    int n = Math.min(len, line.length - pos);
    System.arraycopy(line, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean refill() {
    if (next == count) {
      return false;
    }
    long i = next++;
    StringBuilder subtitle = new StringBuilder();
    while (subtitle.length() < subtitleChars) {
      subtitle.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    String claim = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
        + " claim number " + i;
    line = String.format(Locale.ROOT,
        "{\"vclaim_id\":\"synthetic-%d\",\"vclaim\":\"%s\",\"title\":\"Title %d\",\"subtitle\":\"%s\",\"date\":\"2020-01-%02d\"}%n",
        i, claim, i, subtitle, 1 + i % 28).getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long count = Long.parseLong(args[1]);
    int subtitleChars = Integer.parseInt(args[2]);
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      try (ArchiveImport batch = archive.startImport(n -> {})) {
        new CheckThatJsonLines().read(new SyntheticFactChecks(count, subtitleChars), "synthetic", batch);
      }
      System.out.println("stored " + archive.stats().records());
    }
  }
}
