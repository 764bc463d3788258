// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reading JSON and YAML trees from files (gzipped or not), with errors that name the file. */
final class Json {
  private Json() {}

  static JsonNode readJson(Path file) {
    return read(file, new ObjectMapper());
  }

  static JsonNode readYaml(Path file) {
    return read(file, new ObjectMapper(new YAMLFactory()));
  }

  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static JsonNode read(Path file, ObjectMapper mapper) {
    try (InputStream in = open(file)) {
      JsonNode node = mapper.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new KbImportException(file + ": the file is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new KbImportException(file + ": not valid " + (mapper.getFactory() instanceof YAMLFactory ? "YAML" : "JSON")
          + " (" + e.getOriginalMessage() + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", e);
    } catch (IOException e) {
      throw new KbImportException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
