/**
 * imgedit as a Model Context Protocol server: {@link dev.imgedit.mcp.ImgeditMcpServer} offers AI agents the tools
 * {@code edit_image}, {@code fetch_job} and {@code list_providers} over the installed providers, reading and writing
 * local files only under the directories the client or the application opens to it.
 */
@NullMarked
package dev.imgedit.mcp;

import org.jspecify.annotations.NullMarked;
