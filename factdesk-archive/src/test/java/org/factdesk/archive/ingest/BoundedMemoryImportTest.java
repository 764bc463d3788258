// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 records of about 2 KB each (40 MB of JSON Lines, generated as they are read) import
 * in a JVM capped at 64 MB of heap: the import streams, whatever the file's size. The 1M-record
 * run is a documented command (docs/archive.md), not a CI test.
 */
class BoundedMemoryImportTest {
  @TempDir Path dir;

  @Test
  void twentyThousandLargeRecordsImportUnderA64MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), SyntheticFactChecks.class.getName(),
        dir.resolve("archive").toString(), "20000", "2000"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
    boolean finished = p.waitFor(3, TimeUnit.MINUTES);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      p.destroyForcibly();
    }
    assertThat(finished).as("import finished in time").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("stored 20000");
  }
}
