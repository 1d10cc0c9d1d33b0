/**
 * The one place that turns BFL's answers, or their absence, into imgedit exceptions, with what an error answer says.
 */
@NullMarked
package dev.imgedit.bfl.internal.failure;

import org.jspecify.annotations.NullMarked;
