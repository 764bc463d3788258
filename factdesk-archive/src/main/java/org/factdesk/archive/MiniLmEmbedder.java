// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooled, normalised), run in process through ONNX
 * Runtime from the model that ships inside the langchain4j jar: no download, no network.
 * Loading takes a few seconds; build one and share it. A batch is spread over all cores.
 */
public final class MiniLmEmbedder implements ClaimEmbedder {
  private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "-" : t));
    }
    List<Embedding> vectors = texts.size() == 1
        ? List.of(model.embed(segments.get(0)).content())
        : model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(vectors.size());
    for (Embedding e : vectors) {
      out.add(e.vector());
    }
    return out;
  }
}
