// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The archive of prior fact-checks: an on-disk Lucene index (one directory) that imports,
 * stores and matches. Safe for concurrent searches; one writer per directory (Lucene's lock
 * refuses a second process; {@link #openReadOnly} needs no lock). {@link #add} is the API the
 * desk calls for its own verdicts.
 */
public final class FactCheckArchive implements AutoCloseable {
  /** Records embedded and written together during an import. */
  static final int BATCH = 256;

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ClaimEmbedder embedder;
  private final Analyzer analyzer;

  /** {@code writer} is null when opened read-only. */
  private FactCheckArchive(FSDirectory directory, IndexWriter writer, ClaimEmbedder embedder,
      Analyzer analyzer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.embedder = embedder;
    this.analyzer = analyzer;
    this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
  }

  /** Whether {@code dir} holds an archive that something was imported into. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /**
   * Opens an existing archive for matching and statistics only: takes no write lock, so it
   * works while another process imports (it sees what that process had committed).
   */
  public static FactCheckArchive openReadOnly(Path dir, ClaimEmbedder embedder) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no fact-check archive in " + dir);
      }
      return new FactCheckArchive(directory, null, embedder, ArchiveSchema.analyzer());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** {@code ~/.factdesk/archive}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".factdesk", "archive");
  }

  /** Opens the archive in {@code dir}, creating it when missing. */
  public static FactCheckArchive open(Path dir, ClaimEmbedder embedder) throws IOException {
    Files.createDirectories(dir);
    Analyzer analyzer = ArchiveSchema.analyzer();
    FSDirectory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb())
        .setCodec(ArchiveSchema.codec());
    try {
      return new FactCheckArchive(directory, new IndexWriter(directory, config), embedder, analyzer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Lucene's indexing buffer: 48 MB, or a quarter of a small heap, so imports fit any -Xmx. */
  private static double ramBufferMb() {
    double quarterHeap = Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20);
    return Math.max(4, Math.min(48, quarterHeap));
  }

  /** Adds or replaces (by id) one fact-check, e.g. a verdict the desk just published, and commits. */
  public void add(FactCheck factCheck) {
    try (ArchiveImport batch = startImport(count -> {})) {
      batch.accept(factCheck);
    }
  }

  /**
   * Starts a streaming import: records are embedded and written {@value #BATCH} at a time, so
   * memory stays bounded whatever the count. Closing it commits.
   */
  public ArchiveImport startImport(ArchiveImport.Progress progress) {
    if (writer == null) {
      throw new IllegalStateException("this archive was opened read-only");
    }
    return new ArchiveImport(writer, embedder, BATCH, progress, this::refresh);
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best {@code k} matches for a claim, best first. */
  public List<ArchiveMatch> match(String claim, int k) {
    return match(claim, k, Optional.empty(), MatchSettings.defaults());
  }

  /**
   * The best {@code k} matches for a claim made on or about {@code when} (e.g. the article's
   * date): fact-checks close to it in time rank higher. Without it, a date at the end of a
   * pasted post ("… (@handle) January 14, 2020") is used when there is one.
   */
  public List<ArchiveMatch> match(String claim, int k, Optional<LocalDate> when, MatchSettings settings) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return new HybridMatcher(searcher, embedder, analyzer, settings).match(claim, k, when);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact-check archive", e);
    }
  }

  /**
   * One stored fact-check compared with a claim as {@link #match} would score it on similarity
   * (keyword score 0, since no ranking ran): for judging a given pair, e.g. a labelled one.
   * Empty when no record has this id.
   */
  public Optional<ArchiveMatch> compareWith(String claim, String id) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs hit = searcher.search(new TermQuery(new Term(ArchiveSchema.ID, id)), 1);
        if (hit.scoreDocs.length == 0) {
          return Optional.empty();
        }
        int doc = hit.scoreDocs[0].doc;
        FactCheck f = ArchiveSchema.fromDocument(searcher.storedFields().document(doc));
        double similarity = 0;
        if (embedder.dimension() > 0) {
          LeafReaderContext leaf = searcher.getIndexReader().leaves()
              .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
          FloatVectorValues vectors = leaf.reader().getFloatVectorValues(ArchiveSchema.VECTOR);
          int local = doc - leaf.docBase;
          if (vectors != null && vectors.advance(local) == local) {
            float[] v = vectors.vectorValue();
            float[] q = embedder.embed(new QueryCleaner().clean(claim));
            for (int i = 0; i < q.length; i++) {
              similarity += q[i] * v[i];
            }
          }
        }
        return Optional.of(new ArchiveMatch(f, similarity, 0, similarity, List.of()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact-check archive", e);
    }
  }

  /**
   * How telling each stem is in this archive (BM25's idf over the combined field), read from
   * the view current when this is called.
   */
  public TermRarity termRarity() {
    Map<String, Double> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return stem -> cache.computeIfAbsent(stem, this::idf);
  }

  private double idf(String stem) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        double n = Math.max(1, searcher.getIndexReader().numDocs());
        int df = searcher.getIndexReader().docFreq(new Term(ArchiveSchema.ALL, stem));
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact-check archive", e);
    }
  }

  public ArchiveStats stats() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return stats(searcher.getIndexReader());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact-check archive", e);
    }
  }

  private static ArchiveStats stats(org.apache.lucene.index.IndexReader reader) throws IOException {
    {
      long vectors = 0;
      long oldest = Long.MAX_VALUE;
      long newest = Long.MIN_VALUE;
      Map<String, Long> publishers = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        FloatVectorValues v = leaf.reader().getFloatVectorValues(ArchiveSchema.VECTOR);
        if (v != null) {
          for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
            if (live == null || live.get(d)) {
              vectors++;
            }
          }
        }
        NumericDocValues days = leaf.reader().getNumericDocValues(ArchiveSchema.DAY);
        if (days != null) {
          for (int d = days.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = days.nextDoc()) {
            if (live == null || live.get(d)) {
              oldest = Math.min(oldest, days.longValue());
              newest = Math.max(newest, days.longValue());
            }
          }
        }
        SortedDocValues pubs = leaf.reader().getSortedDocValues(ArchiveSchema.PUBLISHER);
        if (pubs != null) {
          long[] counts = new long[pubs.getValueCount()];
          for (int d = pubs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pubs.nextDoc()) {
            if (live == null || live.get(d)) {
              counts[pubs.ordValue()]++;
            }
          }
          for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
              String name = pubs.lookupOrd(ord).utf8ToString();
              publishers.merge(name.isEmpty() ? "(unknown)" : name, counts[ord], Long::sum);
            }
          }
        }
      }
      return new ArchiveStats(reader.numDocs(), vectors,
          oldest == Long.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(oldest)),
          newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(newest)),
          publishers);
    }
  }

  /** Whether a record with this id is stored. */
  public boolean contains(String id) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().docFreq(new Term(ArchiveSchema.ID, id)) > 0;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    List<Exception> failures = new ArrayList<>();
    for (AutoCloseable c : java.util.Arrays.asList(searchers, writer, directory)) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw new IOException("closing the fact-check archive failed", failures.get(0));
    }
  }
}
