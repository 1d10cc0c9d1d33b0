@NullMarked
package dev.imgedit.bfl.internal.settings;

import org.jspecify.annotations.NullMarked;
