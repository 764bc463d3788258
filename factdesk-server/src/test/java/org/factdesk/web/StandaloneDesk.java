// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.util.HashMap;
import java.util.Map;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;

/** Starts a desk in its own process (for the kill -9 test): args are key=value settings; prints the port. */
final class StandaloneDesk {
  private StandaloneDesk() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> settings = new HashMap<>();
    for (String a : args) {
      settings.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    DeskServer server = DeskServer.start(DeskConfig.fromSettings(settings), DeskEngine.loadDefault());
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.sleep(600_000);
    server.close();
  }
}
