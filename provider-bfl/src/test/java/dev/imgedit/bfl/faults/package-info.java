/**
 * The BFL provider's fault matrix: every way the network and BFL can fail an edit, as rows of the test kit's
 * {@link dev.imgedit.testkit.faults.FaultCase} ({@link dev.imgedit.bfl.faults.FaultMatrix#cases()}), run on a
 * {@link dev.imgedit.bfl.faults.BflFaultStage} (the BFL test server behind the kit's fault proxy), with what the
 * caller keeps in BFL's words ({@link dev.imgedit.bfl.faults.BflKept}). Shipped in provider-bfl's test-jar so that
 * cli-app runs the same rows through the command; docs/bfl.md's fault table is rendered from it.
 */
@NullMarked
package dev.imgedit.bfl.faults;

import org.jspecify.annotations.NullMarked;
