/** Tests of the imgedit command line, run in-process through {@link dev.imgedit.cli.Imgedit} or as the distribution. */
@NullMarked
package dev.imgedit.cli;

import org.jspecify.annotations.NullMarked;
