/**
 * The images {@code -i} names (files, URLs, standard input), checked to be whole images before any provider is
 * opened, and readied for the chosen model. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.input;

import org.jspecify.annotations.NullMarked;
