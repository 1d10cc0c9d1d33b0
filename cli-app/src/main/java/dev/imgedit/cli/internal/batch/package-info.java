/** {@code imgedit batch}: many images, one journal, a progress bar and a summary. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.batch;

import org.jspecify.annotations.NullMarked;
