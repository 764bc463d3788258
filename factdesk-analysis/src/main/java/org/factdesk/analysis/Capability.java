// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

/** What a stage of the analysis provides and a detector may require. */
public enum Capability {
  SENTENCES("the NLP adapter"),
  PART_OF_SPEECH("the NLP adapter with a part-of-speech model"),
  TIME_EXPRESSIONS("the time-expression extractor"),
  PERSON_MENTIONS("the mention linker (needs a knowledge base)"),
  EVENT_MENTIONS("the mention linker (needs a knowledge base)"),
  TIME_ASSERTIONS("the time-assertion extractor (needs a knowledge base)"),
  TIME_FRAME("the as-of solver, run once per article over its time assertions"),
  KNOWLEDGE_BASE("a loaded knowledge base"),
  CHECKWORTHINESS_MODEL("a check-worthiness scorer");

  private final String usuallyProvidedBy;

  Capability(String usuallyProvidedBy) {
    this.usuallyProvidedBy = usuallyProvidedBy;
  }

  public String usuallyProvidedBy() {
    return usuallyProvidedBy;
  }
}
