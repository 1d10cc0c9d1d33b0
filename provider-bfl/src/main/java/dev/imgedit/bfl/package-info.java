/**
 * FLUX.1 Kontext and FLUX.2 through Black Forest Labs' own HTTP API: {@link dev.imgedit.bfl.BflProviderFactory}
 * (found by {@link java.util.ServiceLoader} under the id {@code bfl}), which names its settings, and the account
 * balance it reads, {@link dev.imgedit.bfl.BflCredits}. Everything else is in the {@code internal} package.
 */
@NullMarked
package dev.imgedit.bfl;

import org.jspecify.annotations.NullMarked;
