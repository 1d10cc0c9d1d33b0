/**
 * What the server's tools share: their arguments and schemas, the open directories and the files written, the
 * providers, the job journal, progress, results and failures, and the secrets hidden from all of them.
 */
@NullMarked
package dev.imgedit.mcp.internal;

import org.jspecify.annotations.NullMarked;
