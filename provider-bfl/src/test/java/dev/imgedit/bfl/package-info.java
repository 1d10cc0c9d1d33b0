@NullMarked
package dev.imgedit.bfl;

import org.jspecify.annotations.NullMarked;
