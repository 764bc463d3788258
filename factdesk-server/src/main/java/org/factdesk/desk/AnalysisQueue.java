// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent analysis queue. A job is an article whose analysis is {@code QUEUED}, or
 * {@code RUNNING} under a lease that ran out (its worker died). A worker claims one with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and a lease it renews while it works, so several desk
 * processes on one PostgreSQL each take different jobs, and a crash leaves nothing stuck: the
 * lease runs out and another worker (or the restarted process) takes the job again.
 */
final class AnalysisQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisQueue.class);
  /** A job that has killed its worker this many times is not tried again. */
  static final int MAX_ATTEMPTS = 3;

  /** One claimed job: the article and the revision its text had when claimed. */
  record Job(long articleId, int revision) {}

  /** What runs a claimed job; it records its own success or failure on the article. */
  interface Worker {
    void run(Job job);
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final Duration lease;
  private final String owner = "desk-" + UUID.randomUUID().toString().substring(0, 8);
  private final Object wakeUp = new Object();
  private ScheduledExecutorService heartbeat;
  private Thread poller;
  private volatile boolean running;

  AnalysisQueue(Jdbi jdbi, Clock clock, Duration lease) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.lease = lease;
  }

  /**
   * Starts one worker thread. With {@code exclusiveDatabase} (an embedded H2 file that no other
   * process can open), jobs left running by a previous process are taken back at once instead
   * of waiting for their lease.
   */
  synchronized void start(Worker worker, boolean exclusiveDatabase) {
    if (exclusiveDatabase) {
      int taken = jdbi.withHandle(h -> h.createUpdate("""
          UPDATE articles SET analysis_status = 'QUEUED', analysis_owner = NULL, analysis_lease_until = NULL
           WHERE analysis_status = 'RUNNING'
          """).execute());
      if (taken > 0) {
        LOG.info("{} analyses were running when the desk last stopped; they are queued again", taken);
      }
    }
    running = true;
    heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "factdesk-analysis-lease"));
    long every = Math.max(200, lease.toMillis() / 3);
    heartbeat.scheduleAtFixedRate(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    poller = daemon(() -> poll(worker), "factdesk-analysis");
    poller.start();
  }

  /** Tells the worker a job is waiting (it also looks every second by itself). */
  void wake() {
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
  }

  /**
   * Claims this article's queued analysis so the caller can run it now (short articles are
   * analysed before the request returns). Empty when a worker already took it.
   */
  Optional<Job> claim(long articleId, int revision) {
    return jdbi.inTransaction(h -> {
      Optional<Integer> current = h.createQuery("""
              SELECT revision FROM articles
               WHERE id = :id AND revision = :revision AND analysis_status = 'QUEUED' FOR UPDATE
              """).bind("id", articleId).bind("revision", revision).mapTo(Integer.class).findOne();
      if (current.isEmpty()) {
        return Optional.empty();
      }
      markRunning(h, articleId);
      return Optional.of(new Job(articleId, revision));
    });
  }

  /** Claims the oldest waiting job, if any. */
  Optional<Job> claimNext() {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      Optional<Job> job = h.createQuery("""
              SELECT id, revision FROM articles
               WHERE analysis_status = 'QUEUED'
                  OR analysis_status = 'RUNNING' AND analysis_lease_until < :now
               ORDER BY updated_at, id
               FETCH FIRST 1 ROWS ONLY
               FOR UPDATE SKIP LOCKED
              """).bind("now", Timestamp.from(now))
          .map((rs, ctx) -> new Job(rs.getLong("id"), rs.getInt("revision"))).findOne();
      job.ifPresent(j -> markRunning(h, j.articleId()));
      return job;
    });
  }

  /** Attempts so far, counting the current one. */
  int attempts(Job job) {
    return jdbi.withHandle(h -> h.createQuery("SELECT analysis_attempts FROM articles WHERE id = :id")
        .bind("id", job.articleId()).mapTo(Integer.class).one());
  }

  private void markRunning(Handle h, long articleId) {
    h.createUpdate("""
        UPDATE articles SET analysis_status = 'RUNNING', analysis_owner = :owner,
               analysis_lease_until = :until, analysis_attempts = analysis_attempts + 1
         WHERE id = :id
        """).bind("owner", owner).bind("until", Timestamp.from(clock.instant().plus(lease)))
        .bind("id", articleId).execute();
  }

  private void renewLeases() {
    try {
      jdbi.useHandle(h -> h.createUpdate("""
          UPDATE articles SET analysis_lease_until = :until
           WHERE analysis_owner = :owner AND analysis_status = 'RUNNING'
          """).bind("until", Timestamp.from(clock.instant().plus(lease))).bind("owner", owner).execute());
    } catch (RuntimeException e) {
      LOG.warn("Could not renew the analysis leases: {}", e.getMessage());
    }
  }

  private void poll(Worker worker) {
    while (running) {
      try {
        Optional<Job> job = claimNext();
        if (job.isPresent()) {
          worker.run(job.get());
          continue;
        }
      } catch (RuntimeException e) {
        LOG.error("The analysis queue could not take a job", e);
      }
      synchronized (wakeUp) {
        try {
          wakeUp.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    running = false;
    wake();
    if (poller != null) {
      try {
        poller.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (heartbeat != null) {
      heartbeat.shutdownNow();
    }
    try {
      // What this process still holds goes back to the queue, for the next start or another desk.
      jdbi.useHandle(h -> h.createUpdate("""
          UPDATE articles SET analysis_status = 'QUEUED', analysis_owner = NULL, analysis_lease_until = NULL
           WHERE analysis_owner = :owner AND analysis_status = 'RUNNING'
          """).bind("owner", owner).execute());
    } catch (RuntimeException e) {
      LOG.warn("Could not hand back the running analyses: {}", e.getMessage());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
