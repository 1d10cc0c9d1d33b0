/**
 * The BFL provider's fault matrix: every way the network and BFL can fail an edit, as data
 * ({@link dev.imgedit.bfl.faults.FaultMatrix#cases()}), each row with the stage that injects it and what must come of
 * it; a raw-socket {@link dev.imgedit.bfl.faults.FaultProxy} for the faults an HTTP server cannot make. Shipped in
 * provider-bfl's test-jar so that cli-app runs the same rows through the command; docs/bfl.md's fault table is
 * rendered from it ({@link dev.imgedit.bfl.faults.FaultTable}).
 */
@NullMarked
package dev.imgedit.bfl.faults;

import org.jspecify.annotations.NullMarked;
