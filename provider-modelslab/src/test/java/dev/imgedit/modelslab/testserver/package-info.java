/**
 * A ModelsLab-compatible HTTP server on 127.0.0.1 for offline tests, scriptable per job: {@link
 * dev.imgedit.modelslab.testserver.ModelsLabTestServer}; a raw-socket proxy to put in front of it that breaks
 * connections as an HTTP server cannot and counts them, {@link dev.imgedit.modelslab.testserver.FaultProxy}; and
 * ports that refuse or never accept connections, {@link dev.imgedit.modelslab.testserver.BlockedPort}. Shipped in
 * provider-modelslab's test-jar so other modules' end-to-end tests can start them too.
 */
@NullMarked
package dev.imgedit.modelslab.testserver;

import org.jspecify.annotations.NullMarked;
