/** How {@code dev.imgedit.imaging} does its work: file structures, EXIF, decoding, rendering, encoding. Not API. */
@NullMarked
package dev.imgedit.imaging.internal;

import org.jspecify.annotations.NullMarked;
