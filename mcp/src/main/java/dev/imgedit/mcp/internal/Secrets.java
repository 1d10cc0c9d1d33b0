package dev.imgedit.mcp.internal;

import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of the providers' secret settings, hidden from every text a client receives. Providers already keep
 * keys out of their messages; this is the second lock on the door, for a service that quotes a key back.
 */
public final class Secrets {
    private static final String HIDDEN = "****";

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    public static Secrets of(ImageEditProviders providers, ProviderConfig config) {
        Set<String> values = new LinkedHashSet<>();
        for (ImageEditProviderFactory factory : providers.factories()) {
            for (String name : factory.secretNames()) {
                config.get(name).ifPresent(value -> {
                    values.add(value);
                    values.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
                });
            }
        }
        // Longest first, so a key is hidden whole even when another key is a part of it.
        return new Secrets(values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    public String hide(String text) {
        String hidden = text;
        for (String value : values) {
            hidden = hidden.replace(value, HIDDEN);
        }
        return hidden;
    }
}
