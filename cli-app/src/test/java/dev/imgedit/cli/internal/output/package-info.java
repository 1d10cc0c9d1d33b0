/** Unit tests of planning and writing outputs. */
@NullMarked
package dev.imgedit.cli.internal.output;

import org.jspecify.annotations.NullMarked;
