/**
 * The provider-neutral imgedit API: build an {@link dev.imgedit.EditRequest}, open an {@link
 * dev.imgedit.ImageEditProvider} through {@link dev.imgedit.discovery.ImageEditProviders}, then {@code edit}, or {@code submit}
 * and {@code await} separately so a long edit can be resumed by its job id.
 */
@NullMarked
package dev.imgedit;

import org.jspecify.annotations.NullMarked;
