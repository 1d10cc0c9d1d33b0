/** How batches run: not an API. One sub-package per concern. */
@NullMarked
package dev.imgedit.batch.internal;

import org.jspecify.annotations.NullMarked;
