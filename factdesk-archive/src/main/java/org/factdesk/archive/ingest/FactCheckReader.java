// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.factdesk.archive.FactCheck;

/** Reads one format of fact-check file, handing each record on as soon as it is read. */
interface FactCheckReader {
  /**
   * Reads {@code in} to its end. {@code name} is only for error messages. Records without a
   * claim or title are skipped, not fatal; a file that is not this format at all throws
   * {@link UnreadableFactChecksException}.
   */
  void read(InputStream in, String name, Consumer<FactCheck> sink) throws IOException;
}
