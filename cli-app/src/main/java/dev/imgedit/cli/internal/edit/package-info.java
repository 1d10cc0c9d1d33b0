/**
 * {@code imgedit edit} and {@code imgedit fetch}: one job from its options to the written output, in a run that
 * tracks it, reports it, journals it and, on Ctrl-C, prints the command that finishes it. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.edit;

import org.jspecify.annotations.NullMarked;
