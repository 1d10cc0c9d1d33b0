/**
 * The user's job journal as the CLI uses it: {@code imgedit jobs}, and the journaling of single edits that lets
 * {@code imgedit fetch} collect a paid job by the journal's id. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.jobs;

import org.jspecify.annotations.NullMarked;
