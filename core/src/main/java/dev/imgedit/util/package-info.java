/**
 * Small helpers every module uses the same way: one check for "an absolute http(s) URL", one way to read and to
 * word a duration. Depends on nothing but the exception tree.
 */
@NullMarked
package dev.imgedit.util;

import org.jspecify.annotations.NullMarked;
