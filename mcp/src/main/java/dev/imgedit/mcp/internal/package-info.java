/** The MCP server's tools, their schemas, and the rules on files, keys and retries they keep. */
@NullMarked
package dev.imgedit.mcp.internal;

import org.jspecify.annotations.NullMarked;
