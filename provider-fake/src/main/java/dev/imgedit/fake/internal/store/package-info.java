/**
 * Where the imitated service keeps its jobs: in this JVM's memory, or in a directory every process of the user
 * shares, with its layout, ownership check, locks, file formats and pruning.
 */
@NullMarked
package dev.imgedit.fake.internal.store;

import org.jspecify.annotations.NullMarked;
