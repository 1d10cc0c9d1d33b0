/**
 * A ModelsLab-compatible HTTP server on 127.0.0.1 for offline tests, scriptable per job: {@link
 * dev.imgedit.modelslab.testserver.ModelsLabTestServer}, a {@link dev.imgedit.testkit.http.LoopbackServer} of the test
 * kit; ModelsLab's own answers ({@link dev.imgedit.modelslab.testserver.ModelsLabReplies}) and the calls a fault proxy
 * tells apart ({@link dev.imgedit.modelslab.testserver.ModelsLabEndpoints}). Shipped in provider-modelslab's test-jar
 * so other modules' end-to-end tests can start it too.
 */
@NullMarked
package dev.imgedit.modelslab.testserver;

import org.jspecify.annotations.NullMarked;
