/**
 * Checks that a provider never shows its key: {@link dev.imgedit.testkit.secrets.SeenTexts} keeps what a run showed
 * (results, messages, log lines) and fails on any form of the key in it.
 */
@NullMarked
package dev.imgedit.testkit.secrets;

import org.jspecify.annotations.NullMarked;
