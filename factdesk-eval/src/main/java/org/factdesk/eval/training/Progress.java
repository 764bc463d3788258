// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

/** Hears how far a long job has got. */
public interface Progress {
  Progress SILENT = (stage, done, total) -> { };

  void update(String stage, long done, long total);
}
