/**
 * The ModelsLab fault matrix: every way the network and ModelsLab can fail an edit, as rows of the test kit's
 * {@link dev.imgedit.testkit.faults.FaultCase} ({@link dev.imgedit.modelslab.faults.FaultMatrix#cases()}), each run on
 * a {@link dev.imgedit.modelslab.faults.ModelsLabFaultStage} and saying what must come of it (exception, message,
 * submits, what is kept; the CLI's exit code from {@link dev.imgedit.modelslab.faults.ExitCodes}). Shipped in
 * provider-modelslab's test-jar so the CLI's tests can run the same rows; docs/reliability.md's table is rendered from
 * it.
 */
@NullMarked
package dev.imgedit.modelslab.faults;

import org.jspecify.annotations.NullMarked;
