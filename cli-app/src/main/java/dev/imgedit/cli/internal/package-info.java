/**
 * The frame every command runs in: its context, exit codes, errors and how they are reported, JSON printing, and the
 * picocli wiring that registers the commands of the sub-packages (one per concern). Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal;

import org.jspecify.annotations.NullMarked;
