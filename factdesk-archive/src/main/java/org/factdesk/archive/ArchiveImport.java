// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One streaming import into a {@link FactCheckArchive}: buffers a batch, embeds it in one call,
 * writes it (replacing records with the same id), and commits on {@link #close}. Not thread-safe.
 */
public final class ArchiveImport implements Consumer<FactCheck>, AutoCloseable {
  /** Told the running count after each written batch. */
  @FunctionalInterface
  public interface Progress {
    void written(long records);
  }

  private final IndexWriter writer;
  private final ClaimEmbedder embedder;
  private final int batchSize;
  private final Progress progress;
  private final Runnable afterCommit;
  private final List<FactCheck> batch;
  private long written;

  ArchiveImport(IndexWriter writer, ClaimEmbedder embedder, int batchSize, Progress progress,
      Runnable afterCommit) {
    this.writer = writer;
    this.embedder = embedder;
    this.batchSize = batchSize;
    this.progress = progress;
    this.afterCommit = afterCommit;
    this.batch = new ArrayList<>(batchSize);
  }

  @Override
  public void accept(FactCheck factCheck) {
    batch.add(factCheck);
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  public long written() {
    return written;
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(batch.size());
    batch.forEach(f -> texts.add(ArchiveSchema.embeddingText(f)));
    List<float[]> vectors = embedder.embedAll(texts);
    try {
      for (int i = 0; i < batch.size(); i++) {
        FactCheck f = batch.get(i);
        writer.updateDocument(new Term(ArchiveSchema.ID, f.id()), ArchiveSchema.toDocument(f, vectors.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the fact-check archive", e);
    }
    written += batch.size();
    batch.clear();
    progress.written(written);
  }

  /** Writes what is buffered and commits; the records are then visible to matching. */
  @Override
  public void close() {
    flush();
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the fact-check archive", e);
    }
    afterCommit.run();
  }
}
