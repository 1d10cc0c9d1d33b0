/** The one exception tree of imgedit: every failure a caller can act on is an {@link dev.imgedit.exception.ImageEditException}. */
@NullMarked
package dev.imgedit.exception;

import org.jspecify.annotations.NullMarked;
