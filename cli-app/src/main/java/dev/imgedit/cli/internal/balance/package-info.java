/** Asking a configured provider what its account has left, for the listings of {@code providers} and {@code doctor}. */
@NullMarked
package dev.imgedit.cli.internal.balance;

import org.jspecify.annotations.NullMarked;
