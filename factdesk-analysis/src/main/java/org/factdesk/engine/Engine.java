// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.Pipeline;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.TimeSummary;
import org.factdesk.article.Article;
import org.factdesk.attribution.UnnamedAuthorityDetector;
import org.factdesk.citations.UnlinkedSourceDetector;
import org.factdesk.claims.CheckworthinessScorer;
import org.factdesk.claims.ClaimDetector;
import org.factdesk.integrity.SelfCertifiedDetector;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.KnowledgeBaseFiles;
import org.factdesk.kb.KnowledgeBaseLoader;
import org.factdesk.linking.EventMention;
import org.factdesk.linking.MentionLinker;
import org.factdesk.linking.PersonMention;
import org.factdesk.nlp.Annotator;
import org.factdesk.nlp.DependencyParser;
import org.factdesk.nlp.Sentence;
import org.factdesk.time.TimeChecks;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.AsOfSolver;
import org.factdesk.time.frame.TimeAssertion;

/**
 * The analysis engine: article in, report out. Built once (models and knowledge base load here,
 * never per article); thread-safe; the one facade the CLI, the desk and batch jobs use.
 */
public final class Engine {
  private final Annotator nlp;
  private final DependencyParser parser;
  private final KnowledgeBase kb;
  private final MentionLinker linker;
  private final TimeChecks time;
  private final AsOfSolver solver = new AsOfSolver();
  private final Pipeline pipeline;
  private final Optional<CheckworthinessScorer> checkworthiness;
  private final List<Detector> extra;

  private Engine(Annotator nlp, DependencyParser parser, KnowledgeBase kb, MentionLinker linker,
      Optional<CheckworthinessScorer> checkworthiness, List<Detector> extra) {
    this.nlp = nlp;
    this.parser = parser;
    this.kb = kb;
    this.checkworthiness = checkworthiness;
    this.extra = List.copyOf(extra);
    this.linker = linker;
    this.time = new TimeChecks(kb);
    List<Detector> detectors = new ArrayList<>(time.detectors());
    detectors.addAll(List.of(
        new UnnamedAuthorityDetector(parser),
        new UnlinkedSourceDetector(),
        new ClaimDetector(checkworthiness),
        new SelfCertifiedDetector()));
    detectors.addAll(extra);
    this.pipeline = Pipeline.build(provided(checkworthiness), detectors);
  }

  /**
   * What the stages built here provide, stage by stage. Listed, not "everything", so that a
   * detector needing a stage this engine lacks is refused when the engine is built.
   */
  static Set<Capability> provided(Optional<CheckworthinessScorer> checkworthiness) {
    EnumSet<Capability> provided = EnumSet.of(
        Capability.SENTENCES, Capability.PART_OF_SPEECH, Capability.TIME_EXPRESSIONS, // Annotator
        Capability.KNOWLEDGE_BASE, Capability.PERSON_MENTIONS, Capability.EVENT_MENTIONS, // MentionLinker over kb
        Capability.TIME_ASSERTIONS, // TimeChecks.assertions
        Capability.TIME_FRAME); // AsOfSolver, once per article in prepare()
    checkworthiness.ifPresent(model -> provided.add(Capability.CHECKWORTHINESS_MODEL));
    return provided;
  }

  /**
   * The engine with the bundled knowledge base and default models. The knowledge base and the
   * tagger load side by side, since cold start is what a `factdesk check` user waits for.
   */
  public static Engine loadDefault() {
    return load(() -> KnowledgeBase.of(KnowledgeBaseFiles.readBundled()));
  }

  /**
   * The engine with the bundled knowledge base plus the user's own imports in {@code userKb}
   * (written by {@code factdesk kb import}) when that file exists.
   */
  public static Engine loadWithUserKnowledge(Path userKb) {
    return load(() -> {
      try {
        return KnowledgeBase.of(KnowledgeBaseLoader.load(userKb));
      } catch (IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
            : e.getMessage().lines().findFirst().orElse("");
        throw new UncheckedIOException("cannot read the knowledge base " + userKb + ": " + reason
            + " (move it away, or rebuild it with factdesk kb import)", e);
      }
    });
  }

  private static Engine load(Supplier<KnowledgeBase> knowledge) {
    CompletableFuture<KnowledgeBase> kb = CompletableFuture.supplyAsync(knowledge);
    // Its own thread: on two cores the pool's one worker is busy with the knowledge base.
    CompletableFuture<DependencyParser> parser = CompletableFuture.supplyAsync(DependencyParser::load,
        task -> new Thread(task, "dependency-parser-load").start());
    Annotator nlp = Annotator.load();
    try {
      return create(nlp, parser.join(), kb.join(), DefaultModels.checkworthiness(), List.of());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  public static Engine create(Annotator nlp, DependencyParser parser, KnowledgeBase kb,
      Optional<CheckworthinessScorer> checkworthiness, List<Detector> extraDetectors) {
    return new Engine(nlp, parser, kb, new MentionLinker(kb), checkworthiness, extraDetectors);
  }

  /** A copy of this engine with more detectors (e.g. prior fact-check matching), sharing its models. */
  public Engine withDetectors(List<Detector> extra) {
    // The linker's indexes are the costly part of building an engine; share them.
    return new Engine(nlp, parser, kb, linker, checkworthiness, extra);
  }

  /**
   * A copy of this engine over another knowledge base (e.g. with a newsroom's own facts on top),
   * sharing its models and detectors; only the linker's indexes are built again.
   */
  public Engine withKnowledgeBase(KnowledgeBase other) {
    return new Engine(nlp, parser, other, new MentionLinker(other), checkworthiness, extra);
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public List<Detector> detectors() {
    return pipeline.detectors();
  }

  /** Everything the detectors need; {@code asOf} only resolves relative dates such as "last year". */
  public PreparedArticle prepare(Article article, Optional<LocalDate> asOf) {
    List<Sentence> sentences = nlp.analyze(article, asOf);
    List<PersonMention> persons = linker.linkPersons(sentences);
    List<EventMention> events = linker.linkEvents(sentences);
    List<TimeAssertion> timeAssertions = time.assertions(article.text(), sentences, persons, events, asOf);
    return new PreparedArticle(article, sentences, persons, events, timeAssertions, solver.solve(timeAssertions, asOf));
  }

  /** Analyses an article as of the context's date, else its own published date, else undated. */
  public Report analyze(Article article, AnalysisContext context) {
    TimeSummary.AsOfSource source = context.asOf().isPresent() ? TimeSummary.AsOfSource.GIVEN
        : article.metadata().published().isPresent() ? TimeSummary.AsOfSource.METADATA : TimeSummary.AsOfSource.NONE;
    AnalysisContext effective = new AnalysisContext(context.asOf().or(() -> article.metadata().published()));
    return report(prepare(article, effective.asOf()), effective, source);
  }

  /**
   * Runs the detectors on an article already {@link #prepare prepared} as of {@code context}'s
   * date, for callers that also read the prepared article (evaluations) and must not pay twice.
   */
  public Report analyze(PreparedArticle prepared, AnalysisContext context) {
    if (!prepared.solvedTime().date().equals(context.asOf())) {
      throw new IllegalArgumentException("the article was prepared as of " + prepared.solvedTime().date()
          + " but is analysed as of " + context.asOf() + "; prepare it with the same date");
    }
    return report(prepared, context, context.asOf().isPresent() ? TimeSummary.AsOfSource.GIVEN
        : TimeSummary.AsOfSource.NONE);
  }

  private Report report(PreparedArticle analyzed, AnalysisContext context, TimeSummary.AsOfSource source) {
    List<Finding> findings = pipeline.run(analyzed, context);
    return new Report(analyzed.article(), summarise(analyzed, context, source), findings);
  }

  private TimeSummary summarise(PreparedArticle a, AnalysisContext context, TimeSummary.AsOfSource source) {
    AsOfSolution s = a.solvedTime();
    if (context.asOf().isPresent()) {
      return new TimeSummary(context.asOf(), source, Optional.empty(), Optional.of(s.stale().isEmpty()
          ? "every dated statement holds on " + context.asOf().get()
          : s.stale().size() + " dated statement(s) do not hold on " + context.asOf().get()));
    }
    if (a.assertions().isEmpty()) {
      return TimeSummary.none();
    }
    long present = a.assertions().stream().filter(x -> x.anchor().isPresent()).count();
    long historical = a.assertions().size() - present;
    String apart = historical == 0 ? "" : "; " + historical + " mention(s) anchored to their own time were checked apart";
    if (s.isConflict()) {
      return new TimeSummary(Optional.empty(), TimeSummary.AsOfSource.CONFLICT, Optional.of(s.frame().describe()),
          Optional.of(s.conflicts().size() + " statement(s) belong to an earlier, stale time frame; the rest fit "
              + s.frame().describe() + apart));
    }
    if (present == 0) {
      return new TimeSummary(Optional.empty(), TimeSummary.AsOfSource.NONE, Optional.empty(),
          Optional.of(historical + " mention(s) anchored to their own time were checked apart; none speaks of the"
              + " article's own time"));
    }
    return new TimeSummary(Optional.empty(), TimeSummary.AsOfSource.INFERRED, Optional.of(s.frame().describe()),
        Optional.of("all " + present + " dated statement(s) fit " + s.frame().describe() + apart));
  }
}
