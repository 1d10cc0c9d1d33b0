/**
 * The offline fake provider: {@link dev.imgedit.fake.FakeProviderFactory} (id {@code fake}) and its settings,
 * {@link dev.imgedit.fake.FakeSettings}. Its edits are real, visible and deterministic, and it can be told to be
 * slow, to queue or to fail like a remote service, so callers can be tested without a network.
 */
@NullMarked
package dev.imgedit.fake;

import org.jspecify.annotations.NullMarked;
