/**
 * The SQLite job journal: the connection and its transactions, the tables and their version, and the rows that jobs,
 * their outputs and events, and batches are written to and read from.
 */
@NullMarked
package dev.imgedit.batch.internal.journal;

import org.jspecify.annotations.NullMarked;
