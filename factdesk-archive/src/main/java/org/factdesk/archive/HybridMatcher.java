// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Hybrid retrieval over one point-in-time view of the archive: BM25 candidates and nearest
 * neighbours by embedding, unioned, re-ranked by a weighted sum of normalised BM25, exact
 * cosine and closeness in time ({@link MatchSettings}), each kept match explained by the
 * stems the claim and the fact-check share.
 */
final class HybridMatcher {
  private final IndexSearcher searcher;
  private final ClaimEmbedder embedder;
  private final Analyzer analyzer;
  private final MatchSettings settings;
  private final QueryCleaner cleaner = new QueryCleaner();

  HybridMatcher(IndexSearcher searcher, ClaimEmbedder embedder, Analyzer analyzer, MatchSettings settings) {
    this.searcher = searcher;
    this.embedder = embedder;
    this.analyzer = analyzer;
    this.settings = settings;
  }

  /** {@code when}: the claim's own date; when empty, a date at the end of the text, if any. */
  List<ArchiveMatch> match(String text, int k, Optional<LocalDate> when) {
    try {
      return matchOrThrow(text, k, when.or(() -> ClaimDate.trailing(text)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact-check archive", e);
    }
  }

  private List<ArchiveMatch> matchOrThrow(String text, int k, Optional<LocalDate> when) throws IOException {
    String query = settings.cleanQuery() ? cleaner.clean(text) : text.strip();
    List<String> stems = stems(query);
    if (stems.isEmpty() && query.isBlank()) {
      return List.of();
    }
    Map<Integer, double[]> candidates = new HashMap<>(); // doc -> {bm25, cosine, days apart}
    double bestBm25 = 0;
    if (!stems.isEmpty()) {
      TopDocs keyword = searcher.search(keywordQuery(stems), settings.depth());
      for (ScoreDoc sd : keyword.scoreDocs) {
        candidates.put(sd.doc, new double[] {sd.score, Double.NaN, Double.NaN});
        bestBm25 = Math.max(bestBm25, sd.score);
      }
    }
    float[] vector = embedder.dimension() > 0 ? embedder.embed(query) : new float[0];
    if (vector.length > 0) {
      TopDocs nearest = searcher.search(new KnnFloatVectorQuery(ArchiveSchema.VECTOR, vector, settings.depth()), settings.depth());
      for (ScoreDoc sd : nearest.scoreDocs) {
        candidates.computeIfAbsent(sd.doc, d -> new double[] {0, Double.NaN, Double.NaN});
      }
    }
    fillPerDocument(candidates, vector, when);
    List<Scored> ranked = new ArrayList<>(candidates.size());
    for (Map.Entry<Integer, double[]> c : candidates.entrySet()) {
      double bm25 = c.getValue()[0];
      double cosine = Double.isNaN(c.getValue()[1]) ? 0 : c.getValue()[1];
      double keywordPart = bestBm25 > 0 ? bm25 / bestBm25 : 0;
      double days = c.getValue()[2];
      double timePart = Double.isNaN(days) ? 0 : Math.exp(-Math.abs(days) / settings.dateScaleDays());
      double score = (vector.length > 0
          ? settings.keywordWeight() * keywordPart + settings.similarityWeight() * cosine
          : keywordPart) + settings.dateWeight() * timePart;
      ranked.add(new Scored(c.getKey(), score, bm25, cosine));
    }
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
    Set<String> queryStems = new LinkedHashSet<>(stems);
    List<ArchiveMatch> out = new ArrayList<>(Math.min(k, ranked.size()));
    for (Scored s : ranked.subList(0, Math.min(k, ranked.size()))) {
      FactCheck f = ArchiveSchema.fromDocument(searcher.storedFields().document(s.doc()));
      out.add(new ArchiveMatch(f, s.score(), s.bm25(), s.cosine(), sharedTerms(queryStems, f)));
    }
    return out;
  }

  private Query keywordQuery(List<String> queryStems) {
    // Lucene refuses a query with more than its clause limit (1024) in all; each stem is one
    // clause per field (4), so a long pasted post keeps its first distinct stems that fit.
    List<String> stems = queryStems.stream().distinct()
        .limit(org.apache.lucene.search.IndexSearcher.getMaxClauseCount() / 4).toList();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    addField(all, ArchiveSchema.CLAIM, settings.claimBoost(), stems);
    addField(all, ArchiveSchema.TITLE, settings.titleBoost(), stems);
    addField(all, ArchiveSchema.SUBTITLE, settings.subtitleBoost(), stems);
    addField(all, ArchiveSchema.ALL, settings.allBoost(), stems);
    return all.build();
  }

  private static void addField(BooleanQuery.Builder all, String field, float boost, List<String> stems) {
    if (boost <= 0) {
      return;
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    for (String s : stems) {
      terms.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD);
    }
    all.add(new BoostQuery(terms.build(), boost), BooleanClause.Occur.SHOULD);
  }

  /**
   * For every candidate: exact cosine when both sides have a vector, and days between the
   * fact-check and {@code when} when both are dated. Reads leaf by leaf in doc order.
   */
  private void fillPerDocument(Map<Integer, double[]> candidates, float[] query,
      Optional<LocalDate> when) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Integer> docs = new ArrayList<>(candidates.keySet());
    docs.sort(null);
    FloatVectorValues vectors = null;
    NumericDocValues days = null;
    int leafIndex = -1;
    for (int doc : docs) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        vectors = query.length > 0 ? leaves.get(li).reader().getFloatVectorValues(ArchiveSchema.VECTOR) : null;
        days = when.isPresent() ? leaves.get(li).reader().getNumericDocValues(ArchiveSchema.DAY) : null;
      }
      int local = doc - leaves.get(li).docBase;
      double[] features = candidates.get(doc);
      if (vectors != null && (vectors.docID() == local
          || (vectors.docID() < local && vectors.advance(local) == local))) {
        features[1] = dot(query, vectors.vectorValue());
      }
      if (days != null && days.advanceExact(local)) {
        features[2] = days.longValue() - when.orElseThrow().toEpochDay();
      }
    }
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ArchiveSchema.ALL, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The fact-check's own words (claim, then title) whose stems the query shares, in order,
   * one word per stem: a single pass of the analyzer, mapped back through token offsets.
   */
  private List<String> sharedTerms(Set<String> queryStems, FactCheck f) {
    String text = f.claim() + "\n" + f.title();
    List<String> words = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    try (TokenStream ts = analyzer.tokenStream(ArchiveSchema.ALL, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken() && words.size() < 8) {
        String stem = term.toString();
        if (queryStems.contains(stem) && seen.add(stem)) {
          words.add(text.substring(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }

  private record Scored(int doc, double score, double bm25, double cosine) {}
}
