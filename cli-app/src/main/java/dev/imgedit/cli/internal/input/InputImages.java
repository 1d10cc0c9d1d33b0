package dev.imgedit.cli.internal.input;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import java.util.ArrayList;
import java.util.List;

/** The {@code -i} values in order: the image to edit, then the references; {@code -} is standard input, once. */
public final class InputImages {
    private InputImages() {}

    public static List<ImageSource> resolve(List<String> values, boolean promptFromStandardInput,
            CommandContext context) {
        long fromStandardInput = values.stream().filter(InputImages::isStandardInput).count();
        if (fromStandardInput > 1) {
            throw CliException.invalid("-i - is given " + fromStandardInput + " times, but standard input holds one "
                    + "image: give the others as files or URLs");
        }
        if (fromStandardInput == 1 && promptFromStandardInput) {
            throw CliException.invalid("both the image (-i -) and the prompt (-p -) would come from standard input: "
                    + "give one of them directly");
        }
        List<ImageSource> sources = new ArrayList<>();
        for (String value : values) {
            sources.add(isStandardInput(value) ? ImageSource.fromStandardInput(context)
                    : ImageSource.resolve(value, context));
        }
        return sources;
    }

    private static boolean isStandardInput(String value) {
        return value.strip().equals("-");
    }
}
