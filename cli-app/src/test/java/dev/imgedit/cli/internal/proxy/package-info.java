/** Unit tests of the proxy environment variables. */
@NullMarked
package dev.imgedit.cli.internal.proxy;

import org.jspecify.annotations.NullMarked;
