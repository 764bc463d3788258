// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes knowledge bases as gzipped JSON; the bundled one ships inside the jar. */
public final class KnowledgeBaseFiles {
  /** Classpath location of the knowledge base built by {@code factdesk kb build}. */
  public static final String BUNDLED_RESOURCE = "/org/factdesk/kb/bundled-kb.json.gz";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private KnowledgeBaseFiles() {}

  /** The knowledge base that ships with Factdesk. */
  public static KnowledgeBaseData readBundled() {
    try (InputStream in = KnowledgeBaseFiles.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled knowledge base " + BUNDLED_RESOURCE
            + " is missing from the build; run `./factdesk kb build`");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled knowledge base", e);
    }
  }

  public static KnowledgeBaseData read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static KnowledgeBaseData read(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return MAPPER.readValue(in, KnowledgeBaseData.class);
  }

  public static void write(KnowledgeBaseData data, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      write(data, out);
    }
  }

  public static void write(KnowledgeBaseData data, OutputStream out) throws IOException {
    MAPPER.writeValue(out, data);
  }
}
