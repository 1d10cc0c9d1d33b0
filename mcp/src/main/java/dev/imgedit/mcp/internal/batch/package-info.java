/** batch_edit: the batch engine over a folder or a list of images, with progress and a short summary. */
@NullMarked
package dev.imgedit.mcp.internal.batch;

import org.jspecify.annotations.NullMarked;
