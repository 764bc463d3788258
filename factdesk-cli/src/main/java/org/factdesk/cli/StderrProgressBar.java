// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place on stderr ("label [#####.....] 48% 6,812 records"),
 * at most once per percent, so long work shows it is moving without flooding a log.
 */
final class StderrProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String label;
  private final long total;
  private int lastPercent = -1;
  private long count;

  StderrProgressBar(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** {@code done} of {@code total}; {@code count} is what is shown beside it (e.g. records). */
  void update(long done, long count) {
    this.count = count;
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent != lastPercent) {
      lastPercent = percent;
      draw(percent);
    }
  }

  private void draw(int percent) {
    int filled = percent * WIDTH / 100;
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %,d", label, "#".repeat(filled),
        ".".repeat(WIDTH - filled), percent, count));
    err.flush();
  }

  @Override
  public void close() {
    draw(Math.max(lastPercent, 0));
    err.println();
    err.flush();
  }
}
