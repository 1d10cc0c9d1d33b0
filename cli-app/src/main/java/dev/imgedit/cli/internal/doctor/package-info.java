/**
 * {@code imgedit doctor}: what a user checks when something is off, one finding per line and a verdict. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.doctor;

import org.jspecify.annotations.NullMarked;
