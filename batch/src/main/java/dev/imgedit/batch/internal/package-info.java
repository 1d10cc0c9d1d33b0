/**
 * How batches run, not API: one sub-package per concern ({@code engine}, {@code journal}, {@code manifest},
 * {@code output}, {@code gallery}) and, here, the small helpers several of them share: ids, SHA-256, item checks,
 * JSON, text maps, storage failures and imgedit's version.
 */
@NullMarked
package dev.imgedit.batch.internal;

import org.jspecify.annotations.NullMarked;
