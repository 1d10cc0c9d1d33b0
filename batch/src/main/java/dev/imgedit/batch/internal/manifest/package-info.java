/** Manifests: CSV with a header, or JSON Lines, one item a row. */
@NullMarked
package dev.imgedit.batch.internal.manifest;

import org.jspecify.annotations.NullMarked;
