// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.factdesk.analysis.Severity;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.FindingRecord;
import org.factdesk.desk.FindingStatus;

/**
 * Cuts the analysed text into runs at every finding and claim boundary, so the page can mark
 * each run with the worst open finding over it (else the state of its claim: open, checked,
 * rated wrong) and link to the notes beside the text.
 */
final class Highlighter {
  private Highlighter() {}

  static List<Views.TextPiece> pieces(String text, List<FindingRecord> findings, List<ClaimRecord> claims) {
    if (text == null) {
      return List.of();
    }
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    for (FindingRecord f : findings) {
      cuts.add(clamp(f.start(), n));
      cuts.add(clamp(f.end(), n));
    }
    for (ClaimRecord c : claims) {
      cuts.add(clamp(c.start(), n));
      cuts.add(clamp(c.end(), n));
    }
    List<Views.TextPiece> pieces = new ArrayList<>();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        pieces.add(piece(text, previous, cut, findings, claims));
      }
      previous = cut;
    }
    return pieces;
  }

  private static Views.TextPiece piece(String text, int start, int end, List<FindingRecord> findings,
      List<ClaimRecord> claims) {
    Severity worst = null;
    String anchor = null;
    List<String> notes = new ArrayList<>();
    for (FindingRecord f : findings) {
      if (f.start() <= start && end <= f.end() && f.start() < f.end()) {
        if (anchor == null) {
          anchor = "finding-" + f.id();
        }
        notes.add(f.code() + ": " + f.message());
        if (f.status() == FindingStatus.OPEN && (worst == null || f.severity().ordinal() < worst.ordinal())) {
          worst = f.severity();
        }
      }
    }
    String claim = null;
    for (ClaimRecord c : claims) {
      if (c.start() <= start && end <= c.end() && c.start() < c.end()) {
        if (anchor == null) {
          anchor = "claim-" + c.id();
        }
        notes.add("claim: " + (c.verdict() == null ? "awaiting verdict" : c.verdict().label().replace('_', ' ')));
        claim = worse(claim, claimCss(c));
      }
    }
    String css = worst != null ? "sev-" + worst.label() : claim != null ? claim : anchor != null ? "resolved" : null;
    return new Views.TextPiece(text.substring(start, end), css, anchor, String.join(" · ", notes));
  }

  /** Open claims, checked claims and claims rated wrong look different (the page has a legend). */
  static String claimCss(ClaimRecord c) {
    if (c.verdict() == null) {
      return "claim-open";
    }
    return c.ratedWrong() ? "claim-wrong" : "claim-checked";
  }

  private static String worse(String a, String b) {
    List<String> order = List.of("claim-wrong", "claim-open", "claim-checked");
    if (a == null) {
      return b;
    }
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private static int clamp(int offset, int n) {
    return Math.max(0, Math.min(offset, n));
  }
}
