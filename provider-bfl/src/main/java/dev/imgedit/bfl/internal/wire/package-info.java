/**
 * BFL's JSON: the body a submit posts, built from a checked request, and the answers to a submit, a poll and a
 * credits query.
 */
@NullMarked
package dev.imgedit.bfl.internal.wire;

import org.jspecify.annotations.NullMarked;
