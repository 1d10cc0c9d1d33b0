package dev.imgedit.cli.internal.config;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which profile of the config file a run uses: {@code --profile NAME}, else {@code IMGEDIT_PROFILE}, else none (the
 * file's top-level settings alone).
 *
 * @param name the profile, or null for none
 * @param source how it was chosen, such as {@code --profile}
 */
public record ProfileSelection(@Nullable String name, String source) {
    public static final String OPTION = "--profile";
    public static final String VARIABLE = "IMGEDIT_PROFILE";

    public static final ProfileSelection NONE = new ProfileSelection(null, "none chosen");

    /**
     * Reads {@code --profile} from the arguments before picocli parses them, because the profile decides the default
     * values picocli applies while parsing. Stops at {@code --}, after which nothing is an option.
     */
    public static ProfileSelection find(String[] args, Map<String, String> environment) {
        for (int index = 0; index < args.length; index++) {
            String argument = args[index];
            if (argument.equals("--")) {
                break;
            }
            if (argument.equals(OPTION) && index + 1 < args.length) {
                return chosen(args[index + 1], OPTION);
            }
            if (argument.startsWith(OPTION + "=")) {
                return chosen(argument.substring(OPTION.length() + 1), OPTION);
            }
        }
        String fromEnvironment = environment.get(VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? NONE : chosen(fromEnvironment, VARIABLE);
    }

    private static ProfileSelection chosen(String name, String source) {
        return new ProfileSelection(name.strip(), source);
    }
}
