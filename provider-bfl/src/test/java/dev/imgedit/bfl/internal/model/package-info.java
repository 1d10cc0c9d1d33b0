@NullMarked
package dev.imgedit.bfl.internal.model;

import org.jspecify.annotations.NullMarked;
