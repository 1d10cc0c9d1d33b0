/** Tests of the ModelsLab provider, all offline against {@link dev.imgedit.modelslab.testserver.ModelsLabTestServer}. */
@NullMarked
package dev.imgedit.modelslab;

import org.jspecify.annotations.NullMarked;
