/**
 * Logback's side of the test kit's secrets check: {@link dev.imgedit.testkit.logback.TraceLog} captures every log
 * line at TRACE.
 */
@NullMarked
package dev.imgedit.testkit.logback;

import org.jspecify.annotations.NullMarked;
