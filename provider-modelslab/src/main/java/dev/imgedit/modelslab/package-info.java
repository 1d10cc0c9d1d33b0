/**
 * Image editing through ModelsLab's v7 HTTP API: {@link dev.imgedit.modelslab.ModelsLabProviderFactory} (found by
 * {@link java.util.ServiceLoader} under the id {@code modelslab}) and its settings,
 * {@link dev.imgedit.modelslab.ModelsLabSettings}. Everything else is in the {@code internal} package.
 */
@NullMarked
package dev.imgedit.modelslab;

import org.jspecify.annotations.NullMarked;
