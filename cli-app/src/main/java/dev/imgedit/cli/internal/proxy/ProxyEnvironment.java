package dev.imgedit.cli.internal.proxy;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.spi.Secret;
import dev.imgedit.util.HttpUrls;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} (or their lower-case forms, which win), read as curl,
 * pip, npm and git read them and installed as the JVM's proxy selector, so every HTTP client in the process (the
 * providers', the fake's downloads) goes through the proxy. Loopback addresses are always reached directly. Without
 * these variables nothing is installed and Java's own {@code -Dhttps.proxyHost} settings apply.
 *
 * @param https the proxy for https URLs, or null
 * @param http the proxy for http URLs, or null
 * @param bypassed the {@code NO_PROXY} entries, lower-case, without ports
 */
public record ProxyEnvironment(@Nullable ProxyAddress https, @Nullable ProxyAddress http, List<String> bypassed) {

    public ProxyEnvironment {
        bypassed = List.copyOf(bypassed);
    }

    /**
     * A proxy's address and its credentials, from a URL such as {@code http://user:password@proxy:3128}.
     *
     * @param variable the environment variable it came from, for messages
     */
    public record ProxyAddress(String variable, String host, int port, @Nullable String user,
            @Nullable Secret password) {
        /** Never the password. */
        @Override
        public String toString() {
            return "http://" + (user == null ? "" : user + ":****@") + host + ":" + port;
        }
    }

    /** @throws CliException naming the variable and the fix when one is set but not a proxy URL */
    public static ProxyEnvironment from(Map<String, String> environment) {
        return new ProxyEnvironment(address(environment, "https_proxy"), address(environment, "http_proxy"),
                bypassList(value(environment, "no_proxy")));
    }

    public boolean isEmpty() {
        return https == null && http == null;
    }

    /** The proxy a request to {@code uri} goes through, or null for a direct connection. */
    public @Nullable ProxyAddress proxyFor(URI uri) {
        String host = uri.getHost();
        if (host == null || HttpUrls.isLoopbackHost(host) || isBypassed(host)) {
            return null;
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? https : "http".equalsIgnoreCase(uri.getScheme()) ? http
                : null;
    }

    /**
     * Makes this the JVM's proxy selector, with the proxies' credentials answered to them alone. Must run before the
     * first HTTP connection: the JDK reads which authentication schemes it may use for a proxy only once.
     */
    public void install() {
        if (isEmpty()) {
            return;
        }
        if ((https != null && https.user() != null) || (http != null && http.user() != null)) {
            // The JDK refuses Basic authentication with a proxy unless told otherwise, to protect the password on
            // an unencrypted hop; the user chose this proxy and its password.
            System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
            System.setProperty("jdk.http.auth.proxying.disabledSchemes", "");
            Authenticator.setDefault(new ProxyAuthenticator(this));
        }
        ProxySelector.setDefault(new Selector(this));
    }

    /** For a notice: which proxies are used, never a password. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (https != null) {
            parts.add("https through " + https + " (" + https.variable() + ")");
        }
        if (http != null) {
            parts.add("http through " + http + " (" + http.variable() + ")");
        }
        if (!bypassed.isEmpty()) {
            parts.add("direct to " + String.join(",", bypassed));
        }
        return String.join("; ", parts);
    }

    private boolean isBypassed(String host) {
        String lower = stripBrackets(host.toLowerCase(Locale.ROOT));
        for (String entry : bypassed) {
            if (entry.equals("*") || lower.equals(entry) || lower.endsWith("." + entry)) {
                return true;
            }
        }
        return false;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static @Nullable ProxyAddress address(Map<String, String> environment, String lowerName) {
        String name = environment.containsKey(lowerName) ? lowerName : lowerName.toUpperCase(Locale.ROOT);
        String text = value(environment, lowerName);
        if (text == null) {
            return null;
        }
        String withScheme = text.contains("://") ? text : "http://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw CliException.invalid(name + " is not a proxy URL (" + e.getReason() + "): write it like "
                    + "http://proxy.example.com:3128");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw CliException.invalid(name + " uses " + scheme + "://, which Java cannot speak to a proxy: give "
                    + "the proxy as http://HOST:PORT (https requests still go through it encrypted)");
        }
        if (uri.getHost() == null) {
            throw CliException.invalid(name + " names no proxy host: write it like http://proxy.example.com:3128");
        }
        String user = null;
        Secret password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            String secret = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
            password = secret.isBlank() ? null : Secret.of(secret);
        }
        return new ProxyAddress(name, uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort(), user, password);
    }

    private static @Nullable String value(Map<String, String> environment, String lowerName) {
        String text = environment.get(lowerName);
        if (text == null || text.isBlank()) {
            text = environment.get(lowerName.toUpperCase(Locale.ROOT));
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> bypassList(@Nullable String text) {
        List<String> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String raw : text.split("[,\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.startsWith("*.")) {
                entry = entry.substring(2);
            } else if (entry.startsWith(".")) {
                entry = entry.substring(1);
            }
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon) {
                entry = entry.substring(0, colon);
            }
            if (!entry.isEmpty()) {
                entries.add(stripBrackets(entry));
            }
        }
        return entries;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Picks the proxy per request; loopback and NO_PROXY hosts go direct. */
    private static final class Selector extends ProxySelector {
        private final ProxyEnvironment environment;

        Selector(ProxyEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public List<Proxy> select(URI uri) {
            ProxyAddress address = environment.proxyFor(uri);
            return List.of(address == null ? Proxy.NO_PROXY
                    : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(address.host(), address.port())));
        }

        @Override
        public void connectFailed(URI uri, java.net.SocketAddress address, java.io.IOException e) {
            // Nothing to fall back to: the request fails with its own error.
        }
    }

    /** Answers a proxy's request for credentials with that proxy's own, and nothing else. */
    private static final class ProxyAuthenticator extends Authenticator {
        private final ProxyEnvironment environment;

        ProxyAuthenticator(ProxyEnvironment environment) {
            this.environment = environment;
        }

        @Override
        protected @Nullable PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            for (ProxyAddress address : new ProxyAddress[] {environment.https(), environment.http()}) {
                if (address != null && address.user() != null && address.host().equalsIgnoreCase(getRequestingHost())
                        && address.port() == getRequestingPort()) {
                    char[] password = address.password() == null ? new char[0]
                            : address.password().reveal().toCharArray();
                    return new PasswordAuthentication(address.user(), password);
                }
            }
            return null;
        }
    }
}
