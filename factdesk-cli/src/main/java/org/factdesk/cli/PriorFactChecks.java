// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.detector.ClaimMatchDetector;
import org.factdesk.engine.Engine;

/** {@code check --archive DIR}: the archive opened read-only for the run, or nothing. */
final class PriorFactChecks implements AutoCloseable {
  private final FactCheckArchive archive;

  private PriorFactChecks(FactCheckArchive archive) {
    this.archive = archive;
  }

  static PriorFactChecks open(Path dir) throws IOException {
    if (dir == null) {
      return new PriorFactChecks(null);
    }
    if (!FactCheckArchive.exists(dir)) {
      throw new UserInputException("no fact-check archive at " + dir + "; run factdesk archive import FILE --archive " + dir + " first");
    }
    return new PriorFactChecks(FactCheckArchive.openReadOnly(dir, new MiniLmEmbedder()));
  }

  Engine addTo(Engine engine) {
    return archive == null ? engine : engine.withDetectors(List.of(new ClaimMatchDetector(archive)));
  }

  @Override
  public void close() throws IOException {
    if (archive != null) {
      archive.close();
    }
  }
}
