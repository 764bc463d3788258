// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;

/** A one-line progress bar on the terminal's error stream; silent when not a terminal. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void step(String label) {
    done++;
    if (!enabled) {
      return;
    }
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    String name = label.length() > 40 ? label.substring(0, 39) + "…" : label;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
    err.flush();
  }

  void clear() {
    if (enabled) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
