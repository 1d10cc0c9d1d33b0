package dev.imgedit.batch.internal.output;

import dev.imgedit.ImageType;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of outputs, relative to the output folder with {@code /} between folders. An item's stem is its output name
 * without an extension: its own output name when it has one, else its input's name (sub-folders kept). The extension
 * follows the format the provider returned.
 */
public final class OutputNames {
    private static final Pattern IMAGE_EXTENSION = Pattern.compile("(?i)\\.(png|jpe?g|webp)$");
    private static final Pattern UNSAFE_IN_URL_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private OutputNames() {}

    /** The stem the item asks for, before it is made unique among the batch's. */
    public static String wantedStem(BatchItem item) {
        String name = item.outputName() != null ? item.outputName()
                : item.input() instanceof BatchInput.Url url ? urlName(url.uri()) : item.input().name();
        String stem = IMAGE_EXTENSION.matcher(name.replace('\\', '/')).replaceFirst("");
        return stem.isEmpty() || stem.endsWith("/") ? stem + "image" : stem;
    }

    /**
     * {@code wanted}, or {@code wanted-2}, {@code wanted-3}, ... whichever is first not in {@code taken}, compared
     * without case so that the names also differ on case-insensitive disks.
     *
     * @param taken lower-case stems already used
     */
    public static String unique(String wanted, Set<String> taken) {
        String candidate = wanted;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    /** The first output is {@code stem.png}; further ones of the same job {@code stem.2.png}, ... */
    public static String path(String stem, int index, ImageType type) {
        return (index == 0 ? stem : stem + "." + (index + 1)) + "." + type.extension();
    }

    private static String urlName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String safe = UNSAFE_IN_URL_NAME.matcher(last).replaceAll("_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "image" : safe;
    }
}
