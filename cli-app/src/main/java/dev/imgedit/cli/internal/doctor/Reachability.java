package dev.imgedit.cli.internal.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * One GET of a provider's address, without a key: any HTTP answer, whatever its status, shows the network path works.
 * The timeout is short because a doctor that hangs is no help.
 */
final class Reachability {
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private Reachability() {}

    static Finding check(String subject, URI url) {
        long started = System.nanoTime();
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body != null) {
                body.close();
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            return Finding.ok(subject, url + " answered (HTTP " + status + " in " + millis + " ms)");
        } catch (SocketTimeoutException e) {
            return Finding.fail(subject, url + " did not answer within " + TIMEOUT.toSeconds() + " s: check the "
                    + "network, a firewall or proxy, or the provider's base URL setting");
        } catch (UnknownHostException e) {
            return Finding.fail(subject, "cannot resolve " + url.getHost() + ": check the network and DNS, or the "
                    + "provider's base URL setting");
        } catch (ConnectException e) {
            return Finding.fail(subject, "cannot connect to " + url + " (" + e.getMessage() + "): check the network "
                    + "or the provider's base URL setting");
        } catch (IOException | IllegalArgumentException e) {
            return Finding.fail(subject, "cannot reach " + url + " (" + e.getClass().getSimpleName() + "): check "
                    + "the network or the provider's base URL setting");
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
