/**
 * The fake's edits: decoding (and downloading) the inputs, the effects the prompt's words choose, the reference
 * insets, encoding. {@link dev.imgedit.fake.internal.image.FakeEditor} is the way in. Not API.
 */
@NullMarked
package dev.imgedit.fake.internal.image;

import org.jspecify.annotations.NullMarked;
