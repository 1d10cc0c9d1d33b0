/** The batch engine: planning items against the journal, submitting within the in-flight limit, awaiting, writing. */
@NullMarked
package dev.imgedit.batch.internal.engine;

import org.jspecify.annotations.NullMarked;
