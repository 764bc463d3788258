// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files a path stands for: the file itself, or the regular files of a folder, sorted. */
final class DatasetFiles {
  private DatasetFiles() {}

  static List<Path> expand(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new DatasetFormatException("no such file or folder: " + path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<Path> found = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().toLowerCase().startsWith("readme"))
          .sorted()
          .toList();
      if (found.isEmpty()) {
        throw new DatasetFormatException("no files in folder: " + path);
      }
      return found;
    }
  }

  /** The file's text as UTF-8 without a byte-order mark. */
  static String read(Path file) throws IOException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DatasetFormatException(file + ": not UTF-8 text");
    }
  }
}
