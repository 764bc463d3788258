// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * The probe set of examples/probes/time-probes.txt run as {@code factdesk eval probes} runs it:
 * no error on a correct historical or current mention, at least 90% of the stale titles and wrong
 * event years caught, and no title confirmed that the person did not hold at the anchored time.
 */
class TimeProbesIT {
  @Test
  void theProbeSetHoldsItsBars() throws Exception {
    List<Probe> probes = new ProbeFile().read(Path.of("..", "examples", "probes", "time-probes.txt"));
    assertThat(probes).hasSizeGreaterThanOrEqualTo(150);
    ProbeEvaluation evaluation = new ProbeEvaluation(Engine.loadDefault());
    List<ProbeEvaluation.Outcome> outcomes = probes.stream().map(evaluation::evaluate).toList();
    ProbeEvaluation.Totals t = ProbeEvaluation.Totals.of(outcomes);
    String failures = outcomes.stream().filter(o -> !o.passed())
        .map(o -> o.probe().id() + ": " + o.falseErrors().stream().map(f -> f.code() + " " + f.quote()).toList()
            + " missed " + o.missed() + " confirmed " + o.falseConfirmations().stream().map(f -> f.quote()).toList())
        .reduce("", (a, b) -> a + "\n" + b);
    assertThat(t.headline()).matches("probes: clean \\d+ false-errors \\d+ caught \\d+ of \\d+ false-confirmations \\d+");
    assertThat(t.falseErrors()).as(t.headline() + failures).isZero();
    assertThat(t.cleanPassed()).as(t.headline() + failures).isEqualTo(t.cleanProbes());
    assertThat(t.falseConfirmations()).as(t.headline() + failures).isZero();
    assertThat(t.caughtShare()).as(t.headline() + failures).isGreaterThanOrEqualTo(0.9);
  }
}
