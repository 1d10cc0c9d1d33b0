package dev.imgedit.testkit.http;

import org.jspecify.annotations.Nullable;

/**
 * A request that reached a {@link FaultProxy}.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param body the body as text; empty when the proxy broke the connection before reading it
 * @param bodyRead whether the body was read in full
 * @param fault what the proxy did to it, or null when it passed it on untouched
 */
public record ProxiedRequest(String method, String path, String body, boolean bodyRead, @Nullable Fault fault) {

    public boolean is(Endpoint endpoint) {
        return endpoint.matches(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path + (fault == null ? "" : " [" + fault + "]");
    }
}
