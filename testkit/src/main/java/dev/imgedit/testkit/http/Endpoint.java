package dev.imgedit.testkit.http;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One call of a service, told apart by method and path, so that a {@link FaultProxy} can break it and count it. A
 * provider's tests name their service's calls once, as constants.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the whole path (without the query) it matches
 */
public record Endpoint(String method, Pattern path) {

    public Endpoint {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(path, "path is null");
    }

    /** {@code method} on every path that {@code pathRegex} matches in full. */
    public static Endpoint of(String method, String pathRegex) {
        return new Endpoint(method, Pattern.compile(pathRegex));
    }

    public boolean matches(String method, String path) {
        return this.method.equals(method) && this.path.matcher(path).matches();
    }

    @Override
    public String toString() {
        return method + " " + path.pattern();
    }
}
