/**
 * The BFL provider's implementation, not API: {@link dev.imgedit.bfl.internal.BflProvider} and the life of a task,
 * the submitter that never pays twice, the poller and the downloader. The sub-packages hold what they stand on: the
 * settings and the key's guards ({@code settings}), HTTP ({@code http}), BFL's JSON ({@code wire}), the one place
 * that turns BFL's answers into imgedit exceptions ({@code failure}) and the models ({@code model}). None of it uses
 * {@code dev.imgedit.bfl}.
 */
@NullMarked
package dev.imgedit.bfl.internal;

import org.jspecify.annotations.NullMarked;
