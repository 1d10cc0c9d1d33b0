/**
 * Where outputs go and how they are written: the output plan and its checks, the writer that converts to the asked
 * format and replaces files atomically, and the run's temporary files. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.output;

import org.jspecify.annotations.NullMarked;
