@NullMarked
package dev.imgedit.mcp;

import org.jspecify.annotations.NullMarked;
