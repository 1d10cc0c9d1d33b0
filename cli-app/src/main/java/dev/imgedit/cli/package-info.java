/**
 * The imgedit command line: {@link dev.imgedit.cli.ImgeditMain} for the launcher, {@link dev.imgedit.cli.Imgedit}
 * for running the same commands in-process with a given environment, streams and working directory.
 */
@NullMarked
package dev.imgedit.cli;

import org.jspecify.annotations.NullMarked;
