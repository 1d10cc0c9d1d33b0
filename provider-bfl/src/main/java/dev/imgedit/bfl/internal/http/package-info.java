/** HTTP to BFL: the Feign endpoints, one request sent and its answer read whole and in time, the masked log. */
@NullMarked
package dev.imgedit.bfl.internal.http;

import org.jspecify.annotations.NullMarked;
