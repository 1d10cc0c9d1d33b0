/** {@code imgedit mcp}: the MCP server over standard input and output. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.mcp;

import org.jspecify.annotations.NullMarked;
