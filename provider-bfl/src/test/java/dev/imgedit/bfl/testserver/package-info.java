/**
 * A BFL-compatible server on 127.0.0.1 for offline tests ({@link dev.imgedit.bfl.testserver.BflTestServer}, a test
 * kit {@link dev.imgedit.testkit.http.LoopbackServer}), scripted per task
 * ({@link dev.imgedit.bfl.testserver.TaskScript}, {@link dev.imgedit.bfl.testserver.BflReplies},
 * {@link dev.imgedit.bfl.testserver.Output}), and the calls a fault proxy tells apart
 * ({@link dev.imgedit.bfl.testserver.BflEndpoints}). Shipped in provider-bfl's test-jar for cli-app's end-to-end tests.
 */
@NullMarked
package dev.imgedit.bfl.testserver;

import org.jspecify.annotations.NullMarked;
