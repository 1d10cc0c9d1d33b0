/** Unit tests of the job run of {@code edit} and {@code fetch}. */
@NullMarked
package dev.imgedit.cli.internal.edit;

import org.jspecify.annotations.NullMarked;
