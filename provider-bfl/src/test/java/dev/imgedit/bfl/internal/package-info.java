@NullMarked
package dev.imgedit.bfl.internal;

import org.jspecify.annotations.NullMarked;
