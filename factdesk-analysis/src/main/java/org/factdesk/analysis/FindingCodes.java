// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

/** The stable finding codes. Users grep and suppress by these; never rename one. */
public final class FindingCodes {
  public static final String TIME_ROLE = "time.role";
  public static final String TIME_CONFLICT = "time.conflict";
  public static final String TIME_STALE_FUTURE = "time.stale-future";
  public static final String TIME_ANACHRONISM = "time.anachronism";
  public static final String TIME_UNKNOWN = "time.unknown";
  public static final String KB_EVENT_DATE = "kb.event-date";
  public static final String KB_CONFIRMED = "kb.confirmed";
  public static final String ATTRIBUTION_VAGUE = "attribution.vague";
  public static final String ATTRIBUTION_ANONYMOUS = "attribution.anonymous";
  public static final String SOURCE_UNLINKED = "source.unlinked";
  public static final String INTEGRITY_SELF_CERTIFIED = "integrity.self-certified";
  public static final String CLAIM = "claim";
  public static final String CLAIM_MATCHED = "claim.matched";
  /** The same claim was fact-checked after the article's date: for a newsroom re-reading its archive. */
  public static final String CLAIM_CHECKED_SINCE = "claim.checked-since";

  private FindingCodes() {}

  /** Every code above, sorted. */
  public static java.util.SortedSet<String> all() {
    java.util.SortedSet<String> codes = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : FindingCodes.class.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          codes.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return codes;
  }

  /** Whether {@code codeOrFamily} names a code ("time.role") or a family of codes ("time"). */
  public static boolean isKnown(String codeOrFamily) {
    return all().stream().anyMatch(c -> c.equals(codeOrFamily) || c.startsWith(codeOrFamily + "."));
  }

  /** Which part of Factdesk usually emits {@code code}, for messages about a missing provider. */
  static String providerOf(String code) {
    String family = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
    return switch (family) {
      case "time" -> "the time detectors (org.factdesk.time)";
      case "kb" -> "the knowledge-base detectors (org.factdesk.time)";
      case "attribution" -> "the attribution detector (org.factdesk.attribution)";
      case "source" -> "the unlinked-source detector (org.factdesk.citations)";
      case "claim" -> "the claim detector (org.factdesk.claims), which needs a check-worthiness model";
      case "integrity" -> "the self-certification reviewer (org.factdesk.integrity)";
      default -> "no detector Factdesk ships";
    };
  }
}
