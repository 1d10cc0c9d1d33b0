/** Logback for the CLI: its configuration in code, and the level a run logs at. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.logging;

import org.jspecify.annotations.NullMarked;
