// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a user runs is what the tests run: the JVM flags {@code ./factdesk} starts Java with are
 * the test JVM's too, and the tests get no bigger thread stack than production (a deep-input
 * crash must show up here). The heap is capped lower in tests (2 GB), which only makes them stricter.
 */
class TestsRunLikeTheLauncherTest {
  private static final Pattern DEFAULT_OPTS = Pattern.compile("\\$\\{FACTDESK_JAVA_OPTS:-([^}]*)}");

  static List<String> launcherFlags(String script) {
    Matcher m = DEFAULT_OPTS.matcher(script);
    assertThat(m.find()).as("the launcher names its default JVM flags").isTrue();
    return List.of(m.group(1).trim().split("\\s+"));
  }

  @Test
  void theTestJvmHasTheLaunchersFlagsAndNoBiggerStack() throws IOException {
    List<String> flags = launcherFlags(Files.readString(Path.of("../factdesk")));
    List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertThat(running).containsAll(flags);
    assertThat(running).noneMatch(a -> a.startsWith("-Xss") || a.startsWith("-XX:ThreadStackSize"));
  }

  @Test
  void aLauncherFlagTheTestsLackWouldBeSeen() {
    List<String> flags = launcherFlags("exec java ${FACTDESK_JAVA_OPTS:--XX:+UseSerialGC -Xss8m} -cp x Main");
    assertThat(flags).containsExactly("-XX:+UseSerialGC", "-Xss8m");
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).doesNotContain("-Xss8m");
  }
}
