/** Unit tests of reading and checking input images. */
@NullMarked
package dev.imgedit.cli.internal.input;

import org.jspecify.annotations.NullMarked;
