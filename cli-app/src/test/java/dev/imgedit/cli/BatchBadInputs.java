package dev.imgedit.cli;

import static dev.imgedit.cli.BadInput.Requirement.NOT_ROOT;
import static dev.imgedit.cli.BadInput.Requirement.SYSFS;

import dev.imgedit.cli.BadInput.Setup;
import java.util.List;

/** The rows of {@link BadInputCatalogue} for {@code imgedit batch}: its flags, folders and manifests. */
final class BatchBadInputs {
    private BatchBadInputs() {}

    static List<BadInput> rows() {
        return List.of(
                row("batch-nothing-to-edit", "batch with neither --dir nor --manifest", Setup.NOTHING,
                        "say what to edit", "--dir DIR with --prompt TEXT, or --manifest FILE",
                        "batch", "--out", "out"),
                row("batch-dir-and-manifest", "both --dir and --manifest", Setup.NOTHING,
                        "--dir and --manifest both name the items", "give one of them",
                        "batch", "--dir", ".", "-p", "snow", "--manifest", "shots.csv", "--out", "out"),
                row("batch-dir-without-prompt", "--dir without --prompt", Setup.NOTHING, "--dir needs --prompt",
                        "say what to change in every image", "batch", "--dir", ".", "--out", "out"),
                row("batch-prompt-with-manifest", "--prompt with --manifest", BadInputFiles.text("shots.csv",
                        "image,prompt\nphoto.png,snow\n"), "--prompt goes with --dir", "in its prompt column",
                        "batch", "--manifest", "shots.csv", "-p", "snow", "--out", "out"),
                row("batch-dir-missing", "a --dir that does not exist", Setup.NOTHING, "nowhere' is not a folder",
                        "give the folder that holds the images", "batch", "--dir", "nowhere", "-p", "snow",
                        "--out", "out"),
                row("batch-dir-without-images", "a --dir holding no PNG, JPEG or WebP file",
                        BadInputFiles.directory("empty"), "no PNG, JPEG or WebP image in 'empty'", "check the folder",
                        "batch", "--dir", "empty", "-p", "snow", "--out", "out"),
                row("batch-glob-matches-nothing", "a --glob no file matches", Setup.NOTHING,
                        "no PNG, JPEG or WebP image in '.' matches --glob '*.jpg'", "check the folder and the pattern",
                        "batch", "--dir", ".", "--glob", "*.jpg", "-p", "snow", "--out", "out"),
                row("batch-glob-malformed", "a --glob that is no pattern", Setup.NOTHING,
                        "the pattern '[a' is malformed", "write it like *.jpg",
                        "batch", "--dir", ".", "--glob", "[a", "-p", "snow", "--out", "out"),
                row("batch-prompt-control-character", "a --prompt holding a terminal escape (ESC)", Setup.NOTHING,
                        "prompt contains the control character U+001B", "remove it",
                        "batch", "--dir", ".", "-p", "snow\u001b[31m", "--out", "out"),
                row("batch-out-is-the-dir", "--out the very folder --dir names", Setup.NOTHING,
                        "--out is the --dir folder itself", "give another folder, such as ./edited",
                        "batch", "--dir", ".", "-p", "snow", "--out", "."),
                row("batch-out-is-a-file", "--out naming a file", Setup.NOTHING,
                        "--out 'photo.png' is a file, not a folder", "give a folder",
                        "batch", "--dir", ".", "-p", "snow", "--out", "photo.png"),
                row("batch-concurrency-zero", "--concurrency 0", Setup.NOTHING,
                        "--concurrency '0' is not a whole number of 1 or more", "such as --concurrency 4",
                        "batch", "--dir", ".", "-p", "snow", "--out", "out", "--concurrency", "0"),
                row("batch-timeout-unparseable", "a --timeout that is not a duration", Setup.NOTHING,
                        "--timeout 'soon'", "90s", "batch", "--dir", ".", "-p", "snow", "--out", "out",
                        "--timeout", "soon"),
                row("batch-manifest-missing", "a --manifest that does not exist", Setup.NOTHING,
                        "shots.csv' does not exist", "check its name and folder",
                        "batch", "--manifest", "shots.csv", "--out", "out"),
                row("batch-manifest-bad-ratio", "a manifest row with an aspect ratio no model makes",
                        BadInputFiles.text("shots.csv", "image,prompt,aspect_ratio\nphoto.png,snow,5:4\n"),
                        "shots.csv' line 2: unknown aspect ratio '5:4'", "use one of 21:9",
                        "batch", "--manifest", "shots.csv", "--out", "out"),
                row("batch-manifest-secret-option", "a manifest passing an API key as a provider option",
                        BadInputFiles.text("shots.csv", "image,prompt,option.api_key\nphoto.png,snow,sk-123\n"),
                        "provider option 'api_key' looks like a secret", "such as MODELSLAB_API_KEY",
                        "batch", "--manifest", "shots.csv", "--out", "out"),
                row("batch-model-unknown", "a --model the provider does not serve", Setup.NOTHING,
                        "provider fake has no model 'flux-9'", "it serves fake-java2d",
                        "batch", "--dir", ".", "-p", "snow", "--out", "out", "--provider", "fake",
                        "--model", "flux-9"),
                row("batch-model-not-one-word", "a --model of two words", Setup.NOTHING,
                        "model 'a b' is not a model id", "ids are one word",
                        "batch", "--dir", ".", "-p", "snow", "--out", "out", "--model", "a b"),
                new BadInput("batch-out-refuses-files", "--out inside a folder where no file can be created (/sys)",
                        Setup.NOTHING, List.of("batch", "--dir", ".", "-p", "snow", "--out",
                        "/sys/kernel/imgedit-out", "--provider", "fake"), 9,
                        "cannot create the folder of the lock file '/sys/kernel/imgedit-out/.imgedit/lock'",
                        "choose a folder you can write to", SYSFS),
                new BadInput("batch-out-unwritable", "--out inside a folder the user may not write (mode 555)",
                        BadInputFiles.readOnlyDirectory("locked"), List.of("batch", "--dir", ".", "-p", "snow",
                        "--out", "locked/out", "--provider", "fake"), 9, "locked/out",
                        "choose a folder you can write to", NOT_ROOT));
    }

    private static BadInput row(String id, String input, Setup setup, String message, String fix, String... args) {
        return new BadInput(id, input, setup, List.of(args), 2, message, fix, BadInput.Requirement.NONE);
    }
}
