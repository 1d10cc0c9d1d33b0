/**
 * The BFL provider's machinery: settings and the hosts the key may go to, the Feign interface and Jackson wire
 * records, the submitter that never pays twice, the poller, the downloader and the one place that turns BFL's answers
 * into imgedit exceptions. Not API: other modules must not use it, and it uses nothing of {@code dev.imgedit.bfl}.
 */
@NullMarked
package dev.imgedit.bfl.internal;

import org.jspecify.annotations.NullMarked;
