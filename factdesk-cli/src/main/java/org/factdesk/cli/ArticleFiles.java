// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The article files named on a command line: files as given, folders walked for .txt, .md and .html. */
final class ArticleFiles {
  /** Exit code bit: some inputs could not be read; they were reported and skipped, the rest went on. */
  static final int EXIT_SKIPPED = 4;

  private ArticleFiles() {}

  static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile)
              .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        throw new UserInputException("cannot read " + p + ": no such file or folder");
      }
    }
    return files;
  }

  static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html")
        || n.endsWith(".htm");
  }

  static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
