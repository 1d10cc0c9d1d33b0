/** The single-edit tools: edit_image (with idempotency keys kept in the journal), fetch_job and list_providers. */
@NullMarked
package dev.imgedit.mcp.internal.edit;

import org.jspecify.annotations.NullMarked;
