// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.factdesk.server.DeskConfig;

/**
 * Gathers the desk's settings, later sources winning: an optional properties file, then the
 * environment ({@code FACTDESK_DATA}, {@code FACTDESK_DATABASE_URL}, {@code _USER},
 * {@code _PASSWORD}), then command-line options. The typed {@link DeskConfig} rejects unknown keys.
 */
final class DeskSettings {
  private final Map<String, String> settings = new LinkedHashMap<>();

  DeskSettings(Map<String, String> env, Path configFile) {
    if (configFile != null) {
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(configFile)) {
        p.load(in);
      } catch (IOException e) {
        throw new UserInputException("cannot read the settings file " + configFile + ": " + e.getMessage());
      }
      p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
    }
    putIf("data", env.get("FACTDESK_DATA"));
    putIf("database.url", env.get("FACTDESK_DATABASE_URL"));
    putIf("database.user", env.get("FACTDESK_DATABASE_USER"));
    putIf("database.password", env.get("FACTDESK_DATABASE_PASSWORD"));
    if (settings.containsKey("database.url") && settings.get("database.url").startsWith("jdbc:postgresql:")
        && !settings.containsKey("database.user")) {
      settings.put("database.user", "postgres");
    }
  }

  DeskSettings putIf(String key, Object value) {
    if (value != null && !value.toString().isBlank()) {
      settings.put(key, value.toString());
    }
    return this;
  }

  DeskConfig config() {
    try {
      return DeskConfig.fromSettings(settings);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
