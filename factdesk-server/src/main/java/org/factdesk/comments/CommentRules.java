// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Screens a new comment before it is stored: banned words reject it; suspect words, too many
 * links and the moderation mode hold it. Pure: no database, no clock, so each rule is tested
 * on its own.
 */
final class CommentRules {
  private final CommentSettings settings;
  private final List<Pattern> banned;
  private final List<Pattern> suspect;

  public CommentRules(CommentSettings settings) {
    this.settings = settings;
    this.banned = settings.bannedWords().stream().map(CommentRules::wholeWord).toList();
    this.suspect = settings.suspectWords().stream().map(CommentRules::wholeWord).toList();
  }

  /**
   * @param text the comment as written
   * @param knownCommenter whether this commenter has an approved comment already
   */
  public Screening screen(String text, boolean knownCommenter) {
    List<String> rejections = new ArrayList<>();
    for (int i = 0; i < banned.size(); i++) {
      if (banned.get(i).matcher(text).find()) {
        rejections.add("Contains the banned word \"" + settings.bannedWords().get(i) + "\".");
      }
    }
    if (!rejections.isEmpty()) {
      return new Screening(CommentStatus.REJECTED, rejections);
    }
    List<String> holds = new ArrayList<>();
    switch (settings.mode()) {
      case ALL -> holds.add("Every comment is reviewed before it appears.");
      case FIRST_TIME -> {
        if (!knownCommenter) {
          holds.add("First comment from this commenter.");
        }
      }
      case NONE -> { }
      default -> throw new IllegalStateException(settings.mode().toString());
    }
    for (int i = 0; i < suspect.size(); i++) {
      if (suspect.get(i).matcher(text).find()) {
        holds.add("Contains the suspect word \"" + settings.suspectWords().get(i) + "\".");
      }
    }
    long links = Linkifier.countLinks(text);
    if (links > settings.maxLinks()) {
      holds.add("Has " + links + " links; more than " + settings.maxLinks() + " are held.");
    }
    return new Screening(holds.isEmpty() ? CommentStatus.APPROVED : CommentStatus.HELD, holds);
  }

  private static Pattern wholeWord(String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip().toLowerCase(Locale.ROOT))
        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
