/** Unit tests of the redactor. */
@NullMarked
package dev.imgedit.modelslab.internal.redaction;

import org.jspecify.annotations.NullMarked;
