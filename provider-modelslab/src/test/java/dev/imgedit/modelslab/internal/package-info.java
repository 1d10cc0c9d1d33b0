/** Unit tests of the provider's internal parts. */
@NullMarked
package dev.imgedit.modelslab.internal;

import org.jspecify.annotations.NullMarked;
