/** What each submit gets: the outcome from a script or the settings, and how far a script has been followed. */
@NullMarked
package dev.imgedit.fake.internal.script;

import org.jspecify.annotations.NullMarked;
