/** The fake provider's implementation: not API, may change without notice. */
@NullMarked
package dev.imgedit.fake.internal;

import org.jspecify.annotations.NullMarked;
