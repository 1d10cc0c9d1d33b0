/** The proxy environment variables, read as curl reads them and installed for the whole process. Not an API. */
@NullMarked
package dev.imgedit.cli.internal.proxy;

import org.jspecify.annotations.NullMarked;
