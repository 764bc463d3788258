// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/modules.md is generated from the sources: every package, what its package-info says it
 * is for, and which of the project's packages it uses (from its imports). The test fails when
 * the committed page differs from what the code says; {@code -Dgolden.update=true} rewrites it.
 */
class ModuleMapTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PAGE = ROOT.resolve("docs/modules.md");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.factdesk(?:\\.[a-z][a-z0-9]*)+)\\.", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([a-z0-9.]+);", Pattern.MULTILINE);

  @Test
  void theModuleMapSaysWhatTheCodeHolds() throws IOException {
    String generated = render();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(PAGE)).as("docs/modules.md exists (run with -Dgolden.update=true to write it)").isTrue();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/modules.md is out of date: run mvn -pl factdesk-cli -am test -Dtest=ModuleMapTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true and review the diff")
        .isEqualTo(generated);
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (Package p : packages().values()) {
      if (p.purpose().isBlank()) {
        undocumented.add(p.module() + ": " + p.name());
      }
    }
    assertThat(undocumented).as("packages without a package-info.java saying what they are for").isEmpty();
  }

  record Package(String module, String name, String purpose, Set<String> uses) {}

  static String render() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Module map\n\n")
        .append("Generated from the sources by `ModuleMapTest` (factdesk-cli tests): each package, what its\n")
        .append("`package-info.java` says it is for, and the project's packages it imports. The build fails\n")
        .append("when this page and the code disagree; `-Dgolden.update=true` rewrites it.\n");
    String module = "";
    for (Package p : packages().values().stream()
        .sorted((a, b) -> a.module().equals(b.module()) ? a.name().compareTo(b.name()) : a.module().compareTo(b.module()))
        .toList()) {
      if (!p.module().equals(module)) {
        module = p.module();
        out.append("\n## ").append(module).append("\n\n| package | for | uses |\n| --- | --- | --- |\n");
      }
      out.append("| `").append(p.name().replace("org.factdesk.", "")).append("` | ")
          .append(p.purpose().replace("|", "\\|")).append(" | ")
          .append(p.uses().isEmpty() ? "—" : p.uses().stream().map(u -> u.replace("org.factdesk.", ""))
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return out.toString();
  }

  static Map<String, Package> packages() throws IOException {
    Map<String, String> moduleOf = new TreeMap<>();
    Map<String, String> purpose = new TreeMap<>();
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> modules;
    try (Stream<Path> s = Files.list(ROOT)) {
      modules = s.filter(p -> p.getFileName().toString().startsWith("factdesk-"))
          .filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
    }
    for (Path module : modules) {
      List<Path> sources;
      try (Stream<Path> s = Files.walk(module.resolve("src/main/java"))) {
        sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path source : sources) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher pm = PACKAGE.matcher(text);
        if (!pm.find()) {
          continue;
        }
        String pkg = pm.group(1);
        moduleOf.put(pkg, module.getFileName().toString());
        uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        if (source.getFileName().toString().equals("package-info.java")) {
          purpose.put(pkg, summary(text));
        }
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
          String used = im.group(1);
          while (used.contains(".") && Character.isUpperCase(used.charAt(used.lastIndexOf('.') + 1))) {
            used = used.substring(0, used.lastIndexOf('.'));
          }
          if (!used.equals(pkg)) {
            uses.get(pkg).add(used);
          }
        }
      }
    }
    Map<String, Package> all = new TreeMap<>();
    for (String pkg : moduleOf.keySet()) {
      Set<String> known = new TreeSet<>(uses.get(pkg));
      known.retainAll(moduleOf.keySet());
      all.put(pkg, new Package(moduleOf.get(pkg), pkg, purpose.getOrDefault(pkg, ""), known));
    }
    return all;
  }

  /** The first sentence of a package-info's Javadoc, tags unwrapped. */
  static String summary(String packageInfo) {
    int start = packageInfo.indexOf("/**");
    int end = packageInfo.indexOf("*/", start + 3);
    if (start < 0 || end < 0) {
      return "";
    }
    String doc = packageInfo.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", " ")
        .replaceAll("\\{@(?:code|link) ([^}]*)}", "$1").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    int stop = doc.indexOf(". ");
    return stop < 0 ? doc : doc.substring(0, stop + 1);
  }
}
