/**
 * Waiting and asking again: the clock the provider waits with, how long a submit may take, and the one policy for
 * sending a request again. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.retry;

import org.jspecify.annotations.NullMarked;
