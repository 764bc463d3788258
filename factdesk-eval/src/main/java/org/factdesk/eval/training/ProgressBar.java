// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import java.io.PrintWriter;

/** A one-line text progress bar, redrawn in place with a carriage return; for stderr. */
public final class ProgressBar implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private String lastDrawn = "";

  public ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(String stage, long done, long total) {
    int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    int filled = percent * WIDTH / 100;
    String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + stage;
    if (line.equals(lastDrawn)) {
      return;
    }
    lastDrawn = line;
    err.print("\r" + line + "   ");
    if (done >= total) {
      err.println();
      lastDrawn = "";
    }
    err.flush();
  }
}
