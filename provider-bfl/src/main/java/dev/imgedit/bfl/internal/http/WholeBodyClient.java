package dev.imgedit.bfl.internal.http;

import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.util.Durations;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Feign's {@code HttpURLConnection} client, handing out every body so that it must arrive whole and in time, before
 * Feign or imgedit reads a byte of it (Feign buffers small bodies itself):
 * <ul>
 *   <li><b>whole:</b> {@code HttpURLConnection} reports a connection closed short of {@code Content-Length} as the
 *       body's normal end, so a cut-off answer or image would pass for a whole one; here that end is an error;
 *   <li><b>in time:</b> the read timeout bounds each wait for bytes, not the body, so a server trickling a byte at a
 *       time could hold a call for as long as it liked; here the whole body must arrive within the read timeout
 *       (checked before every read, so it takes at most twice that).
 * </ul>
 */
final class WholeBodyClient implements Client {
    private final Client delegate = new Client.Default(null, null);
    private final Duration limit;

    WholeBodyClient(Duration limit) {
        this.limit = limit;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response = delegate.execute(request, options);
        Response.Body body = response.body();
        if (body == null) {
            return response;
        }
        boolean encoded = response.headers().getOrDefault("Content-Encoding", java.util.List.of()).stream()
                .anyMatch(encoding -> !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity"));
        // A compressed body's Content-Length counts the compressed bytes, not those read.
        Integer length = encoded ? null : body.length();
        return response.toBuilder().body(new Guarded(body.asInputStream(), length), body.length()).build();
    }

    /** The stream of one body, failing when it ends short of its length or its time runs out. */
    private final class Guarded extends FilterInputStream {
        private final @Nullable Integer length;
        private final long deadline = System.nanoTime() + Durations.saturatedNanos(limit);
        private long received;

        Guarded(InputStream in, @Nullable Integer length) {
            super(in);
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("the body did not arrive in full within " + Durations.describe(limit) + " ("
                        + Settings.READ_TIMEOUT + ")");
            }
            int read = super.read(buffer, offset, count);
            if (read < 0 && length != null && received < length) {
                throw new IOException(String.format(Locale.ROOT, "the connection closed when only %,d of the "
                        + "body's %,d bytes had arrived", received, length));
            }
            received += Math.max(read, 0);
            return read;
        }

        @Override
        public long skip(long count) throws IOException {
            long skipped = super.skip(count);
            received += skipped;
            return skipped;
        }
    }
}
