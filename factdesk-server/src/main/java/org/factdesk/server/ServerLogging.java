// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The server's log file: everything the console shows (requests, errors with their stack
 * traces), also written to {@code <data>/logs/factdesk.log}, rolled daily and at 20 MB, 14 days
 * and 500 MB kept. Attached while a desk runs and detached when it stops.
 */
final class ServerLogging implements AutoCloseable {
  private final RollingFileAppender<ILoggingEvent> appender;

  private ServerLogging(RollingFileAppender<ILoggingEvent> appender) {
    this.appender = appender;
  }

  static ServerLogging toFolder(Path dataDir) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return new ServerLogging(null); // another logging binding is in charge
    }
    Path folder = dataDir.toAbsolutePath().resolve("logs");
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{20} [%thread] %msg%n");
    encoder.start();
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("factdesk-file-" + System.identityHashCode(appender));
    appender.setFile(folder.resolve("factdesk.log").toString());
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(appender);
    policy.setFileNamePattern(folder.resolve("factdesk.%d{yyyy-MM-dd}.%i.log.gz").toString());
    policy.setMaxFileSize(FileSize.valueOf("20MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("500MB"));
    policy.start();
    appender.setRollingPolicy(policy);
    appender.setEncoder(encoder);
    appender.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    return new ServerLogging(appender);
  }

  @Override
  public void close() {
    if (appender != null) {
      ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
      appender.stop();
    }
  }
}
