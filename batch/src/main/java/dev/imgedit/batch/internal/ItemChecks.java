package dev.imgedit.batch.internal;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.InvalidRequestException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The checks on an item's own fields, made when it is built so that a bad manifest fails before any submit. */
public final class ItemChecks {
    /** The folder under the output folder where the batch keeps its journal and lock. */
    public static final String STATE_FOLDER = ".imgedit";

    /** The provider option that carries the track id; imgedit chooses it for every submit. */
    public static final String TRACK_ID_OPTION = "track_id";

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i)key|.*api[_-]?key.*|.*secret.*|.*token.*|.*password.*|.*credential.*");

    /** A scheme such as {@code https://}; a Windows drive ({@code C:\\}) has no slashes after its colon. */
    private static final Pattern URL_START = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    /** Stands in for the image when a prompt is held against core's rules; it is never sent or fetched. */
    private static final ImageInput NO_IMAGE = ImageInput.url("https://example.invalid/prompt-check.png");

    private ItemChecks() {}

    /**
     * @throws InvalidRequestException with core's words when no provider would take the prompt (blank, too long,
     *     holding a control character): the rules every {@link EditRequest} is built under, applied before any item
     *     is sent
     */
    public static void checkPrompt(String prompt) {
        EditRequest.builder(NO_IMAGE, prompt).build();
    }

    /** Whether an item's image is written as a URL (of any scheme) rather than a file path. */
    public static boolean looksLikeUrl(String text) {
        return URL_START.matcher(text).lookingAt();
    }

    /**
     * @throws InvalidRequestException when the name is absolute, climbs out of the output folder, has an empty or
     *     control-character part, or points into the batch's own state folder
     */
    public static void checkOutputName(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        if (name.isBlank()) {
            throw new InvalidRequestException("an output name is blank: leave it out to derive it from the input");
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new InvalidRequestException("output name '" + shown + "' is absolute: give a path relative to "
                    + "the output folder, such as shots/front.png");
        }
        for (String part : name.split("[/\\\\]", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new InvalidRequestException("output name '" + shown + "' has an empty, '.' or '..' part: "
                        + "give a plain path inside the output folder, such as shots/front.png");
            }
            if (part.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidRequestException("output name '" + shown + "' contains a control character");
            }
        }
        if (name.split("[/\\\\]")[0].equals(STATE_FOLDER)) {
            throw new InvalidRequestException("output name '" + shown + "' is inside " + STATE_FOLDER
                    + "/, where the batch keeps its journal: choose another name");
        }
    }

    /**
     * @throws InvalidRequestException for a blank name, {@value #TRACK_ID_OPTION} (imgedit sets it), or a name that
     *     looks like a secret (a key never belongs in the journal, nor in a batch's gallery)
     */
    public static void checkProviderOptions(Map<String, String> options) {
        for (String name : options.keySet()) {
            if (name.isBlank()) {
                throw new InvalidRequestException("a provider option has a blank name");
            }
            if (name.strip().toLowerCase(Locale.ROOT).equals(TRACK_ID_OPTION)) {
                throw new InvalidRequestException("provider option '" + TRACK_ID_OPTION + "' cannot be set: imgedit "
                        + "chooses a track id for every submit, so a lost submit can be found, and keeps it in the "
                        + "journal");
            }
            if (SECRET_NAME.matcher(name.strip()).matches()) {
                throw new InvalidRequestException("provider option '" + name + "' looks like a secret: options are "
                        + "kept in the journal (and a batch's gallery), so pass keys through the provider's "
                        + "settings (such as MODELSLAB_API_KEY) instead");
            }
        }
    }
}
