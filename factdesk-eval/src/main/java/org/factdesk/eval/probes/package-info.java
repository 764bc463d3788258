/**
 * Probe sets for the time checks: short texts from public record, each saying what a correct
 * engine must find (nothing, or a stale title, a wrong event year …) and what it must never
 * confirm, scored as {@code probes: clean C false-errors F caught K of N false-confirmations W}.
 */
package org.factdesk.eval.probes;
