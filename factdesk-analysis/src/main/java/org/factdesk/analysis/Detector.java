package org.factdesk.analysis;

import java.util.List;
import java.util.Set;

/**
 * One detector, one job. It declares what it requires; {@link Pipeline} refuses, when it is
 * built, a detector whose requirement nothing provides. {@link #detect} returns immutable
 * findings and changes nothing it is given.
 */
public interface Detector {
  /** A short stable name, e.g. "time-role". */
  String name();

  /** Finding codes this detector can emit. */
  Set<String> codes();

  Set<Capability> requires();

  List<Finding> detect(AnalyzedArticle article, AnalysisContext context);
}
