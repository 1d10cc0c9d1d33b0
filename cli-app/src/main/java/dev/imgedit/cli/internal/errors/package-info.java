/**
 * What picocli hands back to the frame: a command line it cannot parse, told in one line that names the mistake and
 * never repeats a value that could be a key, and an exception a command did not handle. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.errors;

import org.jspecify.annotations.NullMarked;
