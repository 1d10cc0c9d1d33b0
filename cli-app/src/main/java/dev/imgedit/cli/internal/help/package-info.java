/**
 * How a user learns the command line: {@code imgedit help}, {@code imgedit completion} and where the documentation
 * is. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.help;

import org.jspecify.annotations.NullMarked;
