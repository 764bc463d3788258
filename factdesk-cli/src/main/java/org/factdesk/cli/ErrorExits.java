// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.factdesk.kb.importers.KbImportException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to exit codes and one clear line, once, at the CLI edge. No stack traces.
 * Commands let the readers' own "this input is malformed" exceptions through; this is the one
 * place that turns them into exit 2.
 */
final class ErrorExits implements IExecutionExceptionHandler {
  /** The input's fault: a bad option, a malformed dataset, fact-check file or knowledge-base source. */
  private static final List<Class<? extends Exception>> INPUT_PROBLEMS = List.of(UserInputException.class,
      CommandLine.ParameterException.class, DatasetFormatException.class, UnreadableFactChecksException.class,
      KbImportException.class);

  private final PrintWriter err;

  ErrorExits(PrintWriter err) {
    this.err = err;
  }

  /** One line about a failure that stopped one input of a batch. */
  static String describe(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "nested too deeply to read";
    }
    return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    if (INPUT_PROBLEMS.stream().anyMatch(type -> type.isInstance(ex))) {
      err.println("factdesk: " + ex.getMessage());
      return Main.EXIT_USAGE;
    }
    err.println("factdesk: internal error: " + ex + " (please report this with the input that caused it)");
    if (System.getenv("FACTDESK_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    return Main.EXIT_INTERNAL;
  }
}
