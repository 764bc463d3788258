// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default install (target/lib, what check, read, kb, serve and user load) stays lean: no
 * CoreNLP models jar, no ONNX runtime, at most 150 MB. Runs after `package` has copied the libs.
 */
class InstallSizeIT {
  static final long LIMIT_BYTES = 150L * 1024 * 1024;
  static final List<String> KEPT_OUT = List.of("onnxruntime", "all-minilm");

  @Test
  void theDefaultInstallHoldsNoModelsJarNoOnnxRuntimeAndStaysUnder150Mb() throws IOException {
    Path lib = Path.of("target", "lib");
    assertThat(lib).isDirectory();
    assertLean(lib);
    try (Stream<Path> jars = Files.list(lib)) {
      assertThat(jars.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("stanford-corenlp-4"));
    }
  }

  @Test
  void theRuleRefusesAnInstallOverTheLimitOrWithAModelsJar(@TempDir Path dir) throws IOException {
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.jar").toFile(), "rw")) {
      big.setLength(LIMIT_BYTES + 1); // sparse: costs no disk
    }
    assertThatThrownBy(() -> assertLean(dir)).hasMessageContaining("150 MB");
    Files.delete(dir.resolve("huge.jar"));
    Files.writeString(dir.resolve("stanford-corenlp-4.5.10-models.jar"), "x");
    assertThatThrownBy(() -> assertLean(dir)).hasMessageContaining("models");
  }

  static void assertLean(Path lib) throws IOException {
    long total;
    List<String> names;
    try (Stream<Path> files = Files.list(lib)) {
      List<Path> all = files.toList();
      total = 0;
      for (Path p : all) {
        total += Files.size(p);
      }
      names = all.stream().map(p -> p.getFileName().toString()).toList();
    }
    for (String name : names) {
      boolean heavy = name.contains("-models") || KEPT_OUT.stream().anyMatch(name::contains);
      if (heavy) {
        throw new AssertionError(lib + " holds " + name + ": models and the ONNX runtime stay out of the default install");
      }
    }
    if (total > LIMIT_BYTES) {
      throw new AssertionError(lib + " is " + total / (1024 * 1024) + " MB, over the 150 MB limit");
    }
  }
}
