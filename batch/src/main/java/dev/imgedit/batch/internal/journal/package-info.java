/** The SQLite job journal: its tables, their versions, and the mapping of rows to records. */
@NullMarked
package dev.imgedit.batch.internal.journal;

import org.jspecify.annotations.NullMarked;
