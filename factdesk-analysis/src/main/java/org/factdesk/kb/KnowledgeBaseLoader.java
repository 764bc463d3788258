// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the knowledge base the engine should use: the bundled one, with the user's own
 * imports (written by {@code factdesk kb import}) layered on top when that file exists.
 */
public final class KnowledgeBaseLoader {
  private KnowledgeBaseLoader() {}

  /** The usual place for a user's imports: {@code ~/.factdesk/kb.json.gz}. */
  public static Path defaultUserFile() {
    return Path.of(System.getProperty("user.home"), ".factdesk", "kb.json.gz");
  }

  /** Bundled data plus {@code userFile} if it exists; the user's facts win conflicts. */
  public static KnowledgeBaseData load(Path userFile) throws IOException {
    KnowledgeBaseData bundled = KnowledgeBaseFiles.readBundled();
    if (!Files.isRegularFile(userFile)) {
      return bundled;
    }
    return KnowledgeBaseMerger.merge(List.of(bundled, KnowledgeBaseFiles.read(userFile)));
  }

  /** {@link #load(Path)} with {@link #defaultUserFile()}, as an indexed view. */
  public static KnowledgeBase loadDefault() throws IOException {
    return KnowledgeBase.of(load(defaultUserFile()));
  }
}
