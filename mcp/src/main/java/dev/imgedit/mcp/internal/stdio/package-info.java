/**
 * The MCP stdio transport: newline-delimited JSON-RPC read from one stream and written to another, where a bad line
 * is answered and skipped, and the end of input is a clean shutdown that answers everything read before it.
 */
@NullMarked
package dev.imgedit.mcp.internal.stdio;

import org.jspecify.annotations.NullMarked;
