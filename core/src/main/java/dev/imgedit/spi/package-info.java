/** The service-provider interface: what a provider module implements and registers in {@code META-INF/services}. */
@NullMarked
package dev.imgedit.spi;

import org.jspecify.annotations.NullMarked;
