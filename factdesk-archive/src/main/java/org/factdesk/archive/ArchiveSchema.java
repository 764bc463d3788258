// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link FactCheck} is laid out in Lucene: the texts analysed for BM25 with English
 * stemming, one combined field, the embedding as an HNSW vector (dot product of unit vectors),
 * and doc values for the statistics. Changing a name here changes the on-disk format.
 */
final class ArchiveSchema {
  static final String ID = "id";
  static final String CLAIM = "claim";
  static final String TITLE = "title";
  static final String SUBTITLE = "subtitle";
  static final String ALL = "all";
  static final String URL = "url";
  static final String PUBLISHER = "publisher";
  static final String AUTHOR = "author";
  static final String RATING = "rating";
  static final String DATE = "date";
  static final String DAY = "day";
  static final String VECTOR = "vector";

  private ArchiveSchema() {}

  /**
   * Lucene's default codec, with a narrower HNSW build beam (32 instead of 100): a third of the
   * graph-building time at import. The matcher re-scores the union of BM25 and vector candidates
   * exactly, so the small loss in neighbour recall does not reach the ranking (docs/benchmarks.md).
   */
  static Codec codec() {
    return new Lucene912Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return new Lucene99HnswVectorsFormat(16, 32);
      }
    };
  }

  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** The text the embedding is computed from: what a claim is most likely to be phrased like. */
  static String embeddingText(FactCheck f) {
    if (f.title().isBlank()) {
      return f.claim();
    }
    if (f.claim().isBlank()) {
      return f.title();
    }
    return f.title() + ". " + f.claim();
  }

  static Document toDocument(FactCheck f, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, f.id(), Field.Store.YES));
    d.add(new TextField(CLAIM, f.claim(), Field.Store.YES));
    d.add(new TextField(TITLE, f.title(), Field.Store.YES));
    d.add(new TextField(SUBTITLE, f.subtitle(), Field.Store.YES));
    d.add(new TextField(ALL, f.title() + "\n" + f.subtitle() + "\n" + f.claim(), Field.Store.NO));
    d.add(new StoredField(URL, f.url()));
    d.add(new StoredField(PUBLISHER, f.publisher()));
    d.add(new SortedDocValuesField(PUBLISHER, new BytesRef(f.publisher())));
    d.add(new StoredField(AUTHOR, f.author()));
    d.add(new StoredField(RATING, f.rating()));
    f.date().ifPresent(day -> {
      d.add(new StoredField(DATE, day.toString()));
      d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    });
    if (vector.length > 0) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return d;
  }

  static FactCheck fromDocument(Document d) {
    String date = d.get(DATE);
    return new FactCheck(d.get(ID), d.get(CLAIM), d.get(TITLE), d.get(SUBTITLE), d.get(URL),
        d.get(PUBLISHER), d.get(AUTHOR),
        date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), d.get(RATING));
  }
}
