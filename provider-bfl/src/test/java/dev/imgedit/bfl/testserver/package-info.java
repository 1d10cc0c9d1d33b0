/**
 * A BFL-compatible server on 127.0.0.1 for offline tests ({@link dev.imgedit.bfl.testserver.BflTestServer}),
 * scripted per task ({@link dev.imgedit.bfl.testserver.TaskScript}, {@link dev.imgedit.bfl.testserver.Answer},
 * {@link dev.imgedit.bfl.testserver.Output}). Shipped in provider-bfl's test-jar for cli-app's end-to-end tests.
 */
@NullMarked
package dev.imgedit.bfl.testserver;

import org.jspecify.annotations.NullMarked;
