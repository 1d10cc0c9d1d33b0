/** The batch's gallery: one self-contained HTML page of before/after pairs. */
@NullMarked
package dev.imgedit.batch.internal.gallery;

import org.jspecify.annotations.NullMarked;
