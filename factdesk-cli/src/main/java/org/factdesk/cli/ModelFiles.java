// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.textmodel.LinearTextModel;

/** Model files given on the command line. */
final class ModelFiles {
  private ModelFiles() {}

  static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such model file: " + file);
    }
    return file;
  }

  static long write(LinearTextModel model, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      model.write(out);
    }
    return Files.size(file);
  }
}
