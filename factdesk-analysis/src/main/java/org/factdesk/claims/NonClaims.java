// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences a checker never needs in the claim list, whatever the model scores: credit and
 * correction lines, instructions to the reader ("visit ..."), "declined to comment", routine conditions of a deal, and quotes of no factual
 * weight (feelings, hopes, praise and advice with no figure, no name and no cause in the quoted
 * words: "'He's a rock star,' says a 19-year-old fan"). Rules, not a model, so that each can be
 * quoted back to the journalist.
 */
final class NonClaims {
  /** Why a sentence is not a claim. */
  enum Reason {
    CREDIT_LINE, INSTRUCTION, NO_COMMENT, PROCEDURAL, WEIGHTLESS_QUOTE
  }

  private static final Pattern CREDIT = Pattern.compile(
      "(?i)^\\W*(reporting by|writing by|editing by|edited by|compiled by|additional reporting|corrects\\b|updates\\b|"
          + "\\$1\\s*=|reuter\\b|\\(reuters\\)\\s*$|copyright|all rights reserved|click here|read more|follow us)");
  private static final Pattern NO_COMMENT = Pattern.compile(
      "(?i)\\b(declined to (comment|say|elaborate|give|disclose)|did not (say|give|disclose|elaborate|specify)|"
          + "gave no (further )?(details|figures|reason)|could not (immediately )?be reached|"
          + "(not|un)(immediately )?available for comment|had no (immediate )?comment|no immediate comment|"
          + "did not respond to (a )?requests? for comment|"
          + "had not heard anything|would not say)\\b");
  /** An instruction to the reader: "For background, visit the council's site." */
  private static final Pattern INSTRUCTION = Pattern.compile(
      "(?i)^\\W*(for (more|background|details|further)[^,]{0,60},\\s*)?(visit|see|read|click|follow|subscribe|sign up|"
          + "watch|listen to|contact|call)\\b");
  private static final Pattern PROCEDURAL = Pattern.compile(
      "(?i)\\b(is|are|was|remains?) subject to (the )?(approval|results|review|regulatory|shareholder|customary)");
  private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]{3,})[\"“”]?");
  private static final Pattern NAME_INSIDE = Pattern.compile("(?<=\\S\\s{1,3})(?!I\\b|I'|I’)[A-Z][\\p{L}\\d]");
  private static final Pattern FIGURE = Pattern.compile("\\d");
  /** Someone whose conduct is news even unnamed: "the mayor knew about the payments". */
  private static final Pattern OFFICE_HOLDER = Pattern.compile(
      "(?i)\\b(mayor|minister|president|governor|senator|chairman|chief executive|ceo|police|council|government|"
          + "ministry|company|bank|court|judge|army|officials?|prosecutors?|regulators?|board|the state|agency|party)\\b");

  private NonClaims() {}

  static Optional<Reason> of(String text, SentenceFeatures f, boolean insideQuote) {
    String stripped = text.strip();
    if (CREDIT.matcher(stripped).find() || stripped.replaceAll("[^\\p{L}\\p{N}]", "").length() < 3) {
      return Optional.of(Reason.CREDIT_LINE);
    }
    if (INSTRUCTION.matcher(stripped).find()) {
      return Optional.of(Reason.INSTRUCTION);
    }
    if (NO_COMMENT.matcher(text).find() && !f.quantity()) {
      return Optional.of(Reason.NO_COMMENT);
    }
    if (PROCEDURAL.matcher(text).find() && !f.quantity()) {
      return Optional.of(Reason.PROCEDURAL);
    }
    if (f.quoted() && weightlessQuote(text, insideQuote)) {
      return Optional.of(Reason.WEIGHTLESS_QUOTE);
    }
    return Optional.empty();
  }

  /**
   * The quoted words make up at least 30 % of the sentence and carry no figure, no name, no office
   * holder, no cause, no record and no accusation, or they are opinion (advice, hopes, feelings)
   * without a figure.
   */
  static boolean weightlessQuote(String text, boolean insideQuote) {
    StringBuilder quoted = new StringBuilder();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      quoted.append(m.group(1)).append(' ');
    }
    String words = quoted.length() == 0 && insideQuote ? text : quoted.toString();
    if (words.isBlank() || words.strip().length() * 10 < text.strip().length() * 3) {
      return false;
    }
    if (FIGURE.matcher(words).find()) {
      return false;
    }
    SentenceFeatures cues = SentenceFeatures.ofText(words);
    if (cues.opinion()) {
      return true;
    }
    return !NAME_INSIDE.matcher(words.strip()).find() && !OFFICE_HOLDER.matcher(words).find() && !cues.causal()
        && !cues.record() && !cues.accusation();
  }
}
