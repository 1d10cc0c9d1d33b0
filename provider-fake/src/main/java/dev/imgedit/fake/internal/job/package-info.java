/** A job as the imitated service keeps it: its rules and outputs, the answer to a status check, and its ids. */
@NullMarked
package dev.imgedit.fake.internal.job;

import org.jspecify.annotations.NullMarked;
