/** The output folder: names, atomic writes, provenance in the files, and the lock on the batch. */
@NullMarked
package dev.imgedit.batch.internal.output;

import org.jspecify.annotations.NullMarked;
