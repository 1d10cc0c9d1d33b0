/**
 * The provider a command works with: chosen by the options that pick it, announced, opened on first use through
 * Guice, and given the key from {@code --api-key-file}. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.session;

import org.jspecify.annotations.NullMarked;
