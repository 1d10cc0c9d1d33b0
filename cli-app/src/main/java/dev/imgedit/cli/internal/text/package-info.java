/** Text the CLI prints in more than one command. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.text;

import org.jspecify.annotations.NullMarked;
