/** Guice bindings for applications that use Guice; nothing else in core depends on Guice. */
@NullMarked
package dev.imgedit.inject;

import org.jspecify.annotations.NullMarked;
