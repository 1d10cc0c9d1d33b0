/** The provider's settings and the key's guards: BFL's regional hosts, the hosts the key may go to, its mask. */
@NullMarked
package dev.imgedit.bfl.internal.settings;

import org.jspecify.annotations.NullMarked;
