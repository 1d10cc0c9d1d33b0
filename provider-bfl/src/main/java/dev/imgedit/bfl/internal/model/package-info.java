/** The models BFL serves here with what each accepts, and the output size a FLUX.2 model is asked for. */
@NullMarked
package dev.imgedit.bfl.internal.model;

import org.jspecify.annotations.NullMarked;
