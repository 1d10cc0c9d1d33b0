/** {@code imgedit providers}: the installed providers and their models, as a table or as JSON. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.providers;

import org.jspecify.annotations.NullMarked;
