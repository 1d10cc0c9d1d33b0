/** Unit tests of uploads and downloads. */
@NullMarked
package dev.imgedit.modelslab.internal.transfer;

import org.jspecify.annotations.NullMarked;
