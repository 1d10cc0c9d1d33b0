/**
 * A ModelsLab-compatible HTTP server on 127.0.0.1 for offline tests, scriptable per job: {@link
 * dev.imgedit.modelslab.testserver.ModelsLabTestServer}. Shipped in provider-modelslab's test-jar so other modules'
 * end-to-end tests can start it too.
 */
@NullMarked
package dev.imgedit.modelslab.testserver;

import org.jspecify.annotations.NullMarked;
