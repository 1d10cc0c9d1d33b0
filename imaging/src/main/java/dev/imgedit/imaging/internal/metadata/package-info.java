/**
 * Image files walked as structures, never decoded: JPEG segments, PNG chunks, WebP's RIFF chunks, and the EXIF
 * orientation inside them. Not API.
 */
@NullMarked
package dev.imgedit.imaging.internal.metadata;

import org.jspecify.annotations.NullMarked;
