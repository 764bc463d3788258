// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * H2 2.4's MVStore spins forever in {@code registerVersionUsage} once a failed write has left its
 * version counter below zero: every later statement on that database hangs its request thread
 * and burns a core (seen in DiskFullRecoveryIT as a request that never returned). The launcher
 * enables that one class's assertions ({@code -ea:org.h2.mvstore.MVStore}), and the tests run
 * with the launcher's flags; its own assertion then turns the spin into an error the desk
 * reports and recovers from. Without the flag this test times out.
 */
final class H2VersionCounterTest {
  @Test
  void a_version_counter_left_below_zero_fails_the_statement_instead_of_spinning() throws Exception {
    MVStore store = MVStore.open(null);
    try {
      MVStore.TxCounter counter = store.registerVersionUsage();
      store.deregisterVersionUsage(counter);
      store.deregisterVersionUsage(counter); // the extra release a failed write can leave behind

      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          store.registerVersionUsage();
          outcome.complete(null);
        } catch (Throwable t) {
          outcome.complete(t);
        }
      }, "h2-version-usage");
      caller.setDaemon(true); // if it spins, it must not keep the test JVM alive
      caller.start();
      Throwable thrown;
      try {
        thrown = outcome.get(10, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("registerVersionUsage spins: is -ea:org.h2.mvstore.MVStore missing from the JVM flags?", e);
      }
      assertThat(thrown).isInstanceOf(AssertionError.class).hasStackTraceContaining("registerVersionUsage");
    } finally {
      store.closeImmediately();
    }
  }
}
