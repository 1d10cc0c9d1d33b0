/**
 * A provider's fault matrix as data: each row ({@link dev.imgedit.testkit.faults.FaultCase}) a fault, how to inject
 * it on a {@link dev.imgedit.testkit.faults.FaultStage} (the provider's loopback server behind a fault proxy), and
 * what an edit must come to; the Markdown table a document shows of it
 * ({@link dev.imgedit.testkit.faults.FaultTable}), and the test that the document shows it as rendered
 * ({@link dev.imgedit.testkit.faults.FaultMatrixDocumentContract}).
 */
@NullMarked
package dev.imgedit.testkit.faults;

import org.jspecify.annotations.NullMarked;
