/** Unit tests of reading replies. */
@NullMarked
package dev.imgedit.modelslab.internal.reply;

import org.jspecify.annotations.NullMarked;
