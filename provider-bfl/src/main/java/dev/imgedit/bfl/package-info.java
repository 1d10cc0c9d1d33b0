/**
 * FLUX.1 Kontext and FLUX.2 through Black Forest Labs' own HTTP API: {@link dev.imgedit.bfl.BflProviderFactory}
 * (found by {@link java.util.ServiceLoader} under the id {@code bfl}), which names its settings; the provider
 * reads the account's balance through {@link dev.imgedit.ImageEditProvider#balance()}. Everything else is in the
 * {@code internal} package.
 */
@NullMarked
package dev.imgedit.bfl;

import org.jspecify.annotations.NullMarked;
