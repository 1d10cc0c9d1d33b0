/**
 * Offline HTTP for a provider's tests, on 127.0.0.1 only: {@link dev.imgedit.testkit.http.LoopbackServer}, a
 * recording server to extend with the service's protocol, answering with scripted
 * {@link dev.imgedit.testkit.http.Reply replies} ({@link dev.imgedit.testkit.http.Exchanges}); a raw-socket
 * {@link dev.imgedit.testkit.http.FaultProxy} to put in front of it, which breaks the calls a test names
 * ({@link dev.imgedit.testkit.http.Endpoint}) as a {@link dev.imgedit.testkit.http.Fault} says and counts
 * connections; and ports that refuse or never accept connections ({@link dev.imgedit.testkit.http.BlockedPort}).
 */
@NullMarked
package dev.imgedit.testkit.http;

import org.jspecify.annotations.NullMarked;
