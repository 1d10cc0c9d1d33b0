/**
 * Finding the installed providers ({@link dev.imgedit.discovery.ImageEditProviders#discover()}) and choosing one
 * by an explicit policy ({@link dev.imgedit.discovery.ImageEditProviders#choose}).
 */
@NullMarked
package dev.imgedit.discovery;

import org.jspecify.annotations.NullMarked;
