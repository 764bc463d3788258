// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} and {@code --keyword-only} options every archive command shares. */
final class ArchiveLocation {
  @Option(names = "--archive", paramLabel = "DIR",
      description = "archive directory (default: ~/.factdesk/archive)")
  Path directory;

  @Option(names = "--keyword-only",
      description = "BM25 only: no embedding model is loaded, no vectors are written or searched")
  boolean keywordOnly;

  Path directory() {
    return directory == null ? FactCheckArchive.defaultDirectory() : directory;
  }

  ClaimEmbedder embedder() {
    return keywordOnly ? ClaimEmbedder.none() : new MiniLmEmbedder();
  }

  FactCheckArchive open(ClaimEmbedder embedder) throws IOException {
    Path dir = directory();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserInputException(dir + " is a file; --archive needs a directory");
    }
    try {
      return FactCheckArchive.open(dir, embedder);
    } catch (LockObtainFailedException e) {
      throw new UserInputException(dir + " is in use by another factdesk process; try again when it finishes");
    }
  }

  /**
   * For read-only commands: no write lock (works during an import); an archive that was never
   * imported into is an error, not an empty result.
   */
  FactCheckArchive openExisting(ClaimEmbedder embedder) throws IOException {
    Path dir = directory();
    if (!FactCheckArchive.exists(dir)) {
      throw new UserInputException("no fact-check archive at " + dir + "; run factdesk archive import FILE first");
    }
    return FactCheckArchive.openReadOnly(dir, embedder);
  }
}
