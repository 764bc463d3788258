// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.factdesk.archive.FactCheck;

/**
 * Picks the reader for a file by its name: {@code .jsonl} / {@code .ndjson} CheckThat! JSON
 * Lines, {@code .json} / {@code .jsonld} ClaimReview JSON-LD, {@code .html} / {@code .htm}
 * pages with embedded JSON-LD. Any other name is refused, naming the forms it knows.
 */
public final class FactCheckFiles {
  private FactCheckFiles() {}

  public static FactCheckReader readerFor(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new CheckThatJsonLines();
    }
    if (name.endsWith(".json") || name.endsWith(".jsonld")) {
      return ClaimReviewJsonLd.json();
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return ClaimReviewJsonLd.html();
    }
    throw new UnreadableFactChecksException(file + ": unknown fact-check format; expected"
        + " .jsonl (CheckThat!), .json/.jsonld (ClaimReview JSON-LD) or .html");
  }

  /** Streams every record of {@code file} into {@code sink}. */
  public static void read(Path file, Consumer<FactCheck> sink) throws IOException {
    read(file, bytes -> {}, sink);
  }

  /** As {@link #read(Path, Consumer)}, telling {@code bytesRead} how far into the file it is. */
  public static void read(Path file, LongConsumer bytesRead, Consumer<FactCheck> sink) throws IOException {
    FactCheckReader reader = readerFor(file);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try (InputStream in = new BufferedInputStream(
        new CountingInputStream(Files.newInputStream(file), bytesRead), 1 << 16)) {
      reader.read(in, file.toString(), sink);
    }
  }
}
