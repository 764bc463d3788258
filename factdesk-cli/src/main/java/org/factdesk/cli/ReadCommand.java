// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk read}: prints what the engine reads from an article, exactly as check reads it. */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = {"Print what Factdesk reads from articles: title, byline, published date, the body as blocks,",
        "links, and what was dropped as page furniture. check and the desk read exactly this.",
        "Exit codes: 0 all read, 2 bad usage or nothing readable, 4 some inputs unreadable (reported and skipped)."})
final class ReadCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL", description = "Articles; a folder is read recursively; http(s) addresses are fetched.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per article into this folder.")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final ArticleReaders readers = new ArticleReaders();
  private final Function<String, Article> web;

  /** {@code web} reads an address the way the desk's URL import does. */
  ReadCommand(Function<String, Article> web) {
    this.web = web;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<String> addresses = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (String in : inputs) {
      if (in.startsWith("http://") || in.startsWith("https://")) {
        addresses.add(in);
      } else {
        paths.add(Path.of(in));
      }
    }
    List<Path> files = ArticleFiles.expand(paths);
    if (files.isEmpty() && addresses.isEmpty()) {
      throw new UserInputException("no article files (.txt, .md, .html) found in " + inputs);
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    int total = files.size() + addresses.size();
    int unreadable = 0;
    List<String> json = new ArrayList<>();
    for (String address : addresses) {
      try {
        emit(web.apply(address), "page", total, json, stdout);
      } catch (RuntimeException e) {
        stderr.println("factdesk: " + address + ": " + ErrorExits.describe(e));
        unreadable++;
      }
    }
    for (Path file : files) {
      try {
        emit(readers.read(file), ArticleFiles.baseName(file), total, json, stdout);
      } catch (UnreadableArticleException e) {
        stderr.println("factdesk: " + e.getMessage());
        unreadable++;
      } catch (RuntimeException | StackOverflowError e) {
        stderr.println("factdesk: " + file + " could not be read (" + ErrorExits.describe(e) + "); skipped");
        unreadable++;
      }
    }
    if (!json.isEmpty()) {
      stdout.println("[\n" + String.join(",\n", json) + "\n]");
    }
    if (total > 1 || out != null) {
      stderr.printf(Locale.ROOT, "read %d article(s)%s%s%n", total - unreadable,
          unreadable > 0 ? ", " + unreadable + " unreadable (skipped)" : "", out != null ? "; files in " + out : "");
    }
    if (unreadable == total) {
      return Main.EXIT_USAGE;
    }
    return unreadable > 0 ? ArticleFiles.EXIT_SKIPPED : 0;
  }

  private void emit(Article a, String base, int total, List<String> json, PrintWriter stdout) throws IOException {
    String rendered = format == Format.json ? Reports.articleJson(a) : Reports.articleText(a);
    if (out != null) {
      Files.writeString(out.resolve(base + "." + (format == Format.json ? "json" : "txt")), rendered, StandardCharsets.UTF_8);
    } else if (format == Format.json && total > 1) {
      json.add(rendered.strip());
    } else {
      stdout.print(rendered);
      stdout.flush();
    }
  }
}
