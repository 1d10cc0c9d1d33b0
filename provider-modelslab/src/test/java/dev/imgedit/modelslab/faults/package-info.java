/**
 * The fault matrix: every way the network and ModelsLab can fail an edit, as data ({@link
 * dev.imgedit.modelslab.faults.FaultMatrix#cases()}), each with the stage that injects it and what must come of it
 * (exception, exit code, message, submits, what is kept). Shipped in provider-modelslab's test-jar so the CLI's tests
 * can run the same rows; docs/reliability.md's table is rendered from it ({@link
 * dev.imgedit.modelslab.faults.FaultTable}).
 */
@NullMarked
package dev.imgedit.modelslab.faults;

import org.jspecify.annotations.NullMarked;
