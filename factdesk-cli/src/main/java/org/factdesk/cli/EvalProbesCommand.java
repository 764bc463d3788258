// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.engine.Engine;
import org.factdesk.eval.probes.Probe;
import org.factdesk.eval.probes.ProbeEvaluation;
import org.factdesk.eval.probes.ProbeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval probes FILE}: the time checks on short texts that say what they must find. */
@Command(name = "probes", mixinStandardHelpOptions = true,
    description = {"Runs a probe file (see examples/probes/time-probes.txt for the format): short texts, each with",
        "the errors it must raise (or none) and titles it must never see confirmed. Counts time.* and kb.* errors.",
        "Last line: probes: clean C false-errors F caught K of N false-confirmations W"})
final class EvalProbesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "a probe file")
  Path file;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "20",
      description = "print up to N failing probes with what went wrong (default ${DEFAULT-VALUE})")
  int errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such probe file: " + file);
    }
    if (errors < 0) {
      throw new UserInputException("--errors must be 0 or more");
    }
    List<Probe> probes;
    probes = new ProbeFile().read(file);
    if (probes.isEmpty()) {
      throw new UserInputException("no probes in " + file);
    }
    ProbeEvaluation evaluation = new ProbeEvaluation(Engine.loadDefault());
    List<ProbeEvaluation.Outcome> outcomes = new ArrayList<>();
    int printed = 0;
    for (Probe p : probes) {
      ProbeEvaluation.Outcome o = evaluation.evaluate(p);
      outcomes.add(o);
      if (!o.passed() && printed < errors) {
        printed++;
        out.println("  " + p.id() + " (line " + p.line() + ", " + p.date().map(Object::toString).orElse("undated") + ")");
        o.falseErrors().forEach(f -> out.println("    false error " + f.code() + " “" + f.quote() + "”: " + f.message()));
        o.missed().forEach(e -> out.println("    missed " + e.code() + " “" + e.quote() + "”"));
        o.falseConfirmations().forEach(f -> out.println("    false confirmation “" + f.quote() + "”: " + f.message()));
      }
    }
    ProbeEvaluation.Totals t = ProbeEvaluation.Totals.of(outcomes);
    out.printf("probes: %d (%d clean, %d expecting %d error(s)); clean probes without an error: %d of %d%n",
        probes.size(), t.cleanProbes(), probes.size() - t.cleanProbes(), t.expected(), t.cleanPassed(), t.cleanProbes());
    out.println(t.headline());
    return 0;
  }
}
