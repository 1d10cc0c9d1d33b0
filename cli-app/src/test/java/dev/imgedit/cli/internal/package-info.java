/** Unit tests of the command line's internal parts. */
@NullMarked
package dev.imgedit.cli.internal;

import org.jspecify.annotations.NullMarked;
