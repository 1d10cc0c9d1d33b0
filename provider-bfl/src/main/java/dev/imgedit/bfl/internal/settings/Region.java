package dev.imgedit.bfl.internal.settings;

import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.util.Locale;

/** BFL's multi-cluster API hosts, chosen with {@value Settings#REGION}. */
public enum Region {
    /** {@code api.bfl.ai}: routes to every cluster, failing over between them. */
    GLOBAL("api.bfl.ai"),
    /** {@code api.eu.bfl.ai}: EU clusters only. */
    EU("api.eu.bfl.ai"),
    /** {@code api.us.bfl.ai}: US clusters only. */
    US("api.us.bfl.ai");

    private final String host;

    Region(String host) {
        this.host = host;
    }

    public URI baseUrl() {
        return URI.create("https://" + host);
    }

    /** @throws InvalidRequestException naming the setting and the accepted values */
    static Region parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "global" -> GLOBAL;
            case "eu" -> EU;
            case "us" -> US;
            default -> throw new InvalidRequestException(Settings.REGION + " '" + text
                    + "' is not a BFL region: use global, eu or us");
        };
    }
}
