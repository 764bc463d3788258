// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Full-name forms from the congress-legislators {@code name} block. The common name is the
 * nickname (or first name) and surname ("Joe Biden"), or Wikipedia's article title when the
 * source gives one ("JD Vance"); aliases are the other full forms people write. A bare
 * surname is never an alias: it would link every Johnson in an article to one person.
 */
record NameForms(String name, List<String> aliases) {
  static NameForms of(String first, String middle, String last, String nickname, String suffix,
      String officialFull, String wikipedia) {
    String given = blank(nickname) ? first : nickname;
    String common = join(given, last);
    if (!blank(wikipedia)) {
      String w = wikipedia.replaceAll("\\s*\\(.*\\)$", "").strip();
      if (w.contains(" ") && w.toLowerCase().contains(nz(last).toLowerCase())) {
        common = w;
      }
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(officialFull);
    forms.add(join(first, last));
    forms.add(join(nickname, last));
    forms.add(join(first, middle, last));
    if (!blank(middle)) {
      forms.add(join(first, middle.charAt(0) + ".", last));
    }
    if (!blank(suffix)) {
      forms.add(join(first, middle, last) + (suffix.startsWith("I") ? " " : ", ") + suffix);
      forms.add(join(given, last) + " " + suffix);
    }
    // "J.D." is also written "JD" and "J. D."
    for (String f : new java.util.ArrayList<>(forms)) {
      if (f != null && f.matches(".*\\b[A-Z]\\.[A-Z]\\..*")) {
        forms.add(f.replaceAll("\\b([A-Z])\\.([A-Z])\\.", "$1$2"));
        forms.add(f.replaceAll("\\b([A-Z])\\.([A-Z])\\.", "$1. $2."));
      }
    }
    forms.add(common.replaceAll("\\b([A-Z])([A-Z]) ", "$1.$2. "));
    forms.removeIf(f -> f == null || !f.strip().contains(" "));
    forms.remove(common);
    return new NameForms(common, List.copyOf(forms));
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (!blank(p)) {
        b.append(b.length() == 0 ? "" : " ").append(p.strip());
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
