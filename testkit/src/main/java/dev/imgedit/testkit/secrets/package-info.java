/**
 * Checks that a provider never shows its key. A key leaks in forms a plain search misses (URL-encoded, JSON-escaped,
 * base64 at any alignment inside a logged body), so {@link dev.imgedit.testkit.secrets.SecretForms} lists them once
 * and {@link dev.imgedit.testkit.secrets.SeenTexts} keeps what a run showed (results, messages, log lines) and fails
 * on any of them.
 */
@NullMarked
package dev.imgedit.testkit.secrets;

import org.jspecify.annotations.NullMarked;
