// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.priorchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.store.LockObtainFailedException;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.matching.ArticleTime;
import org.factdesk.archive.matching.ClaimMatcher;
import org.factdesk.archive.matching.JudgedMatch;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.PriorCheck;
import org.factdesk.desk.PriorChecks;
import org.factdesk.desk.PriorChecksStatus;
import org.factdesk.publishing.PublicPaths;
import org.factdesk.publishing.SiteSettings;
import org.factdesk.publishing.VerdictWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's fact-check archive: one Lucene directory this process writes (the desk's published
 * verdicts) and matches against. With the MiniLM model on the class path, a claim's matches are
 * the archive's same-claim decisions ({@link ClaimMatcher#sameClaim}); without it (the lean
 * install, or {@code archive.keyword-only}), the same-claim model cannot judge (it leans on the
 * embedding similarity), so the desk shows the best keyword candidates marked "not judged" and
 * leaves the decision to the editor.
 */
public final class ArchivePriorChecks implements PriorChecks, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArchivePriorChecks.class);
  /** Matches shown per claim. */
  static final int SHOWN = 3;
  /**
   * Keyword mode: the lowest same-claim score (computed without the embedding similarity, so
   * far below the calibrated threshold even for the same words) at which a candidate is shown.
   * Not calibrated: on the demo newsroom, paraphrases of a published claim scored 0.14 and 0.22
   * and candidates sharing only "said", "two" or "river" 0.00 to 0.01; it drops the latter.
   */
  static final double KEYWORD_FLOOR = 0.1;

  private final FactCheckArchive archive;
  private final ClaimMatcher matcher;
  private final PriorChecksStatus status;
  private final SiteSettings site;
  private final Supplier<String> ownAddress;

  private ArchivePriorChecks(FactCheckArchive archive, PriorChecksStatus status, SiteSettings site,
      Supplier<String> ownAddress) {
    this.archive = archive;
    this.matcher = new ClaimMatcher(archive);
    this.status = status;
    this.site = site;
    this.ownAddress = ownAddress;
  }

  /**
   * The archive in {@code dir} (created when missing), or {@link PriorChecks#none} with the
   * reason when there is none or it cannot be opened: the desk runs either way.
   *
   * @param ownAddress this server's address, for the links of published verdicts when
   *     {@code site.url} is not set
   */
  public static PriorChecks open(Optional<Path> dir, boolean keywordOnly, SiteSettings site,
      Supplier<String> ownAddress) {
    if (dir.isEmpty()) {
      return PriorChecks.none("No fact-check archive is configured, so claims are not matched against prior "
          + "fact-checks and published verdicts are not kept for later matching. Start the desk with "
          + "--archive DIR (or the setting archive.dir) to turn this on.");
    }
    String why = keywordOnly ? "archive.keyword-only is set" : null;
    ClaimEmbedder embedder = ClaimEmbedder.none();
    if (!keywordOnly) {
      try {
        embedder = new MiniLmEmbedder();
      } catch (LinkageError | RuntimeException e) {
        // The lean install leaves the model and ONNX Runtime (lib-embeddings) off the class path.
        why = "the embedding model is not installed (the jars of lib-embeddings are not on the class path;"
            + " ./factdesk serve puts them there)";
        LOG.warn("Fact-check archive: {}; matching by keywords only ({})", why, e.toString());
      }
    }
    FactCheckArchive archive;
    try {
      if (Files.exists(dir.get()) && !Files.isDirectory(dir.get())) {
        return PriorChecks.none("The fact-check archive " + dir.get() + " is a file, not a folder, so claims are not matched.");
      }
      archive = FactCheckArchive.open(dir.get(), embedder);
    } catch (LockObtainFailedException e) {
      return PriorChecks.none("The fact-check archive " + dir.get() + " is in use by another process (an import?),"
          + " so claims are not matched; restart the desk when it has finished.");
    } catch (IOException | RuntimeException e) {
      LOG.warn("The fact-check archive {} cannot be opened", dir.get(), e);
      return PriorChecks.none("The fact-check archive " + dir.get() + " cannot be opened (" + e.getMessage()
          + "), so claims are not matched.");
    }
    PriorChecksStatus status = why == null
        ? new PriorChecksStatus(PriorChecksStatus.Mode.SAME_CLAIM, "Each claim is matched against the fact-check"
            + " archive; a match is the same claim, checked before (or since) this article, as the same-claim"
            + " model judges it.")
        : new PriorChecksStatus(PriorChecksStatus.Mode.KEYWORD, "Keyword search only, because " + why
            + ": the candidates shown share words with the claim but were not judged to be the same claim."
            + " Accept or reject each one.");
    LOG.info("Fact-check archive {}: {}", dir.get(), status.note());
    return new ArchivePriorChecks(archive, status, site, ownAddress);
  }

  @Override
  public PriorChecksStatus status() {
    return status;
  }

  @Override
  public List<PriorCheck> find(ArticleRecord article, String sentence) {
    ArticleTime time = article.asOf() == null ? ArticleTime.unknown() : ArticleTime.dated(article.asOf());
    String own = publicUrl(article);
    boolean judged = status.mode() == PriorChecksStatus.Mode.SAME_CLAIM;
    List<JudgedMatch> found = judged ? matcher.sameClaim(sentence, time) : matcher.judge(sentence, time);
    return found.stream()
        .filter(j -> !j.match().factCheck().url().equals(own) && !j.match().factCheck().id().startsWith(own + "#"))
        .filter(j -> judged || j.comparison().score() >= KEYWORD_FLOOR)
        .limit(SHOWN)
        .map(j -> new PriorCheck(j.match().factCheck().id(), j.match().factCheck().headline(),
            j.match().factCheck().rating(), j.match().factCheck().publisher(), j.match().factCheck().url(),
            j.match().factCheck().date().orElse(null), j.timing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            j.comparison().score(), judged, j.comparison().agrees(), j.comparison().differs()))
        .toList();
  }

  @Override
  public void published(ArticleRecord article, List<ClaimRecord> rated) {
    String url = publicUrl(article);
    try (var batch = archive.startImport(count -> {})) {
      for (ClaimRecord c : rated) {
        batch.accept(FactCheck.of(url + "#claim-" + hash(c.sentence()), c.sentence(), VerdictWords.name(c.verdict()),
            site.name(), url, article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()));
      }
    }
  }

  /** The article's public address, as readers and search engines see it. */
  String publicUrl(ArticleRecord article) {
    return site.baseUrl().orElseGet(ownAddress) + PublicPaths.of(article);
  }

  /** A stable id for a sentence: the same sentence republished replaces its record. */
  private static String hash(String sentence) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(sentence.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    archive.close();
  }
}
