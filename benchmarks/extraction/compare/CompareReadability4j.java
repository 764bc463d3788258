// Scores net.dankito.readability4j (a Kotlin port of Mozilla's Readability.js, Apache-2.0) on the
// extraction benchmark with Factdesk's own scorer, so the two extractors meet on the same pages.
// This scores readability4j alone (its own text); `factdesk read` now asks it for the article
// element and reads that itself (org.factdesk.article.ReadabilityContent).
// Run from the repository root after `mvn -DskipTests package` and benchmarks/extraction/prepare.sh
// (readability4j is in factdesk-cli/target/lib since session 4):
//   java -cp "factdesk-cli/target/factdesk.jar:factdesk-cli/target/lib/*" \
//     benchmarks/extraction/compare/CompareReadability4j.java benchmarks/extraction/data benchmarks/extraction/gold.json test
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.factdesk.article.ArticleReaders;
import org.factdesk.eval.extraction.ExtractionBenchmark;
import org.factdesk.eval.extraction.ShingleOverlap;

public class CompareReadability4j {
  public static void main(String[] args) throws Exception {
    var pages = ExtractionBenchmark.read(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : "all");
    double p = 0, r = 0;
    int failed = 0;
    for (var page : pages) {
      byte[] bytes = Files.readAllBytes(page.file());
      String html = ArticleReaders.decode(bytes, page.file().getFileName().toString(), Optional.empty());
      String text;
      try {
        var article = new Readability4J("http://example.org/", html).parse();
        text = article.getArticleContent() == null ? "" : article.getArticleContent().wholeText().isBlank()
            ? "" : blockText(article.getArticleContent());
      } catch (RuntimeException | StackOverflowError e) {
        text = "";
        failed++;
      }
      var s = ShingleOverlap.score(text, page.gold());
      p += s.precision();
      r += s.recall();
    }
    p /= pages.size();
    r /= pages.size();
    System.out.printf(java.util.Locale.ROOT, "readability4j failed on %d page(s)%n", failed);
    System.out.printf(java.util.Locale.ROOT, "extraction: precision %.3f recall %.3f f1 %.3f n %d%n", p, r, 2 * p * r / (p + r), pages.size());
  }

  private static String blockText(org.jsoup.nodes.Element e) {
    return ExtractionBenchmark.htmlText(e.outerHtml());
  }
}
