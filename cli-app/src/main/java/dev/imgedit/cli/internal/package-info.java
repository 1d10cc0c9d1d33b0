/** The commands and the services behind them; not an API. */
@NullMarked
package dev.imgedit.cli.internal;

import org.jspecify.annotations.NullMarked;
