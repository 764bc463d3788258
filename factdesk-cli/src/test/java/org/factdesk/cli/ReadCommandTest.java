// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.article.ArticleReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** factdesk read and eval extraction end to end: real files, JSON shape, batches that go on. */
class ReadCommandTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>Council backs harbour plan</title>"
      + "<meta property=\"article:published_time\" content=\"2025-05-12T08:00:00Z\"></head><body>"
      + "<nav><a href=\"/\">Home</a></nav><article><h1>Council backs harbour plan</h1>"
      + "<p class=\"byline\">By Ann Lee</p>"
      + "<p>The council approved the harbour plan on Monday after a seven-hour meeting, by six votes to three.</p>"
      + "<p>Work on the breakwater starts in the autumn, <a href=\"https://example.org/timetable\">the timetable</a> says.</p>"
      + "</article><footer>© The Coastal Ledger</footer></body></html>";

  private record Run(int exit, String out, String err) {
    String lastLine() {
      List<String> lines = out.lines().toList();
      return lines.get(lines.size() - 1);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void jsonGivesMetadataTheBodyWithoutTitleItsBlocksLinksAndDrops() throws Exception {
    Path page = Files.writeString(dir.resolve("story.html"), PAGE);
    Run r = run("read", page.toString(), "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("title").asText()).isEqualTo("Council backs harbour plan");
    assertThat(json.get("published").asText()).isEqualTo("2025-05-12");
    assertThat(json.get("sources").get("published").asText()).isEqualTo("meta article:published_time");
    String text = json.get("text").asText();
    assertThat(text).isEqualTo("The council approved the harbour plan on Monday after a seven-hour meeting, by six votes to three."
        + "\n\nWork on the breakwater starts in the autumn, the timetable says.");
    assertThat(json.get("blocks")).hasSize(2);
    JsonNode link = json.get("links").get(0);
    assertThat(text.substring(link.get("start").asInt(), link.get("end").asInt())).isEqualTo("the timetable");
    assertThat(json.get("dropped").get("byline").asInt()).isEqualTo(1);
    // check and the desk read through the same reader: the same body, character for character.
    assertThat(new ArticleReaders().read(page).body().text()).isEqualTo(text);
  }

  @Test
  void anUnreadablePageIsReportedAndSkippedAndTheBatchGoesOn() throws Exception {
    Files.writeString(dir.resolve("a-story.html"), PAGE);
    Files.write(dir.resolve("b-broken.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
    Files.writeString(dir.resolve("c-story.md"), "# Second story\n\nThe ferry returned after its winter refit on Friday.\n");
    Run r = run("read", dir.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(ArticleFiles.EXIT_SKIPPED);
    assertThat(r.err()).contains("b-broken.html", "binary", "read 2 article(s), 1 unreadable (skipped)");
    assertThat(new ObjectMapper().readTree(r.out())).hasSize(2);
    Run none = run("read", dir.resolve("b-broken.html").toString());
    assertThat(none.exit()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void evalExtractionScoresPagesAgainstGoldOnItsLastLine() throws Exception {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/one.html"), PAGE);
    Files.writeString(dir.resolve("one.txt"), "The council approved the harbour plan on Monday after a seven-hour meeting, "
        + "by six votes to three.\n\nWork on the breakwater starts in the autumn, the timetable says.");
    Files.writeString(dir.resolve("two.txt"), "A completely different story about lifeboats that the page does not hold at all.");
    Files.writeString(dir.resolve("gold.json"), """
        {"pages": [
          {"id": "one", "page": "pages/one.html", "gold": "one.txt", "goldFormat": "text", "split": "dev"},
          {"id": "two", "page": "pages/one.html", "gold": "two.txt", "goldFormat": "text", "split": "test"},
          {"id": "gallery", "page": "pages/one.html", "gold": "two.txt", "split": "test", "exclude": "a gallery"}
        ]}""", StandardCharsets.UTF_8);
    Run dev = run("eval", "extraction", dir.toString(), dir.resolve("gold.json").toString(), "--split", "dev");
    assertThat(dev.lastLine()).isEqualTo("extraction: precision 1.000 recall 1.000 f1 1.000 n 1");
    Run all = run("eval", "extraction", dir.toString(), dir.resolve("gold.json").toString());
    assertThat(all.lastLine()).isEqualTo("extraction: precision 0.500 recall 0.500 f1 0.500 n 2");
    Run withExcluded = run("eval", "extraction", dir.toString(), dir.resolve("gold.json").toString(), "--all-pages");
    assertThat(withExcluded.lastLine()).endsWith("n 3");
  }
}
