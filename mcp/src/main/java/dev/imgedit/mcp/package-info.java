/**
 * imgedit as a Model Context Protocol server: {@link dev.imgedit.mcp.ImgeditMcpServer} offers AI agents tools to edit
 * images (one, or a folder at a time) over the installed providers and to find every job in imgedit's job journal,
 * reading and writing local files only under the directories the client or the application opens to it.
 */
@NullMarked
package dev.imgedit.mcp;

import org.jspecify.annotations.NullMarked;
