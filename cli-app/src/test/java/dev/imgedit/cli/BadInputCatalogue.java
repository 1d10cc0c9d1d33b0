package dev.imgedit.cli;

import static dev.imgedit.cli.BadInput.Requirement.MKFIFO;
import static dev.imgedit.cli.BadInput.Requirement.NOT_ROOT;
import static dev.imgedit.cli.BadInput.Requirement.PROC_SELF_MEM;
import static dev.imgedit.cli.BadInput.Requirement.SYSFS;

import dev.imgedit.cli.BadInput.Setup;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every bad input the CLI must refuse before anything is paid for, with the exit code and the words of its one error
 * line: the catalogue of issue 5. Each row is a test ({@link BadInputCatalogueTest}) and a line of the table in
 * docs/reliability.md ({@link BadInputTable}); a new mistake is added here (or, for {@code batch}, in
 * {@link BatchBadInputs}) and nowhere else.
 */
final class BadInputCatalogue {
    private BadInputCatalogue() {}

    static List<BadInput> rows() {
        return Stream.concat(editAndFetchRows().stream(), BatchBadInputs.rows().stream()).toList();
    }

    private static List<BadInput> editAndFetchRows() {
        return List.of(
                // The input image, as a local file.
                row("input-missing", "an input file that does not exist", Setup.NOTHING, 2,
                        "input file 'nowhere.png' does not exist", "check the name",
                        "edit", "-i", "nowhere.png", "-p", "snow"),
                row("input-dangling-link", "a symbolic link to a file that does not exist",
                        BadInputFiles.link("link.png", "gone.png"), 2,
                        "'link.png' is a symbolic link to a file that does not exist", "fix the link",
                        "edit", "-i", "link.png", "-p", "snow"),
                row("input-directory", "a directory instead of a file", BadInputFiles.directory("pictures"), 2,
                        "'pictures' is a directory", "give the path of an image inside it",
                        "edit", "-i", "pictures", "-p", "snow"),
                row("input-fifo", "a named pipe that nobody writes to (reading it would block for ever)",
                        BadInputFiles.fifo("pipe.png"), 2, "'pipe.png' is not a regular file",
                        "save the image to a file", "edit", "-i", "pipe.png", "-p", "snow").when(MKFIFO),
                row("input-socket", "a Unix socket", BadInputFiles.socket("socket.png"), 2,
                        "'socket.png' is not a regular file", "save the image to a file",
                        "edit", "-i", "socket.png", "-p", "snow"),
                row("input-unreadable", "a file the user may not read (mode 000)",
                        BadInputFiles.unreadable("secret.png"), 9,
                        "cannot read input file 'secret.png': permission denied", "chmod u+r",
                        "edit", "-i", "secret.png", "-p", "snow").when(NOT_ROOT),
                row("input-read-error", "a file whose every read fails with an I/O error (a link to /proc/self/mem)",
                        BadInputFiles.link("mem.png", "/proc/self/mem"), 9,
                        "cannot read input file 'mem.png' (Input/output error)", "copy it to a local disk",
                        "edit", "-i", "mem.png", "-p", "snow").when(PROC_SELF_MEM),
                row("input-empty", "an empty file (0 bytes)", BadInputFiles.bytes("empty.png", new byte[0]), 2,
                        "'empty.png' is empty (0 bytes)", "give a PNG, JPEG or WebP image",
                        "edit", "-i", "empty.png", "-p", "snow"),
                row("input-not-an-image", "a text file named .png", BadInputFiles.text("notes.png", "just text\n"), 2,
                        "'notes.png' is not a PNG, JPEG or WebP image", "convert it to one of those first",
                        "edit", "-i", "notes.png", "-p", "snow"),
                row("input-truncated-png", "a PNG cut short: a valid signature and header, half the image data",
                        BadInputFiles.truncatedPng("cut.png"), 2, "'cut.png' is a damaged PNG image",
                        "save or download it again", "edit", "-i", "cut.png", "-p", "snow"),
                row("input-truncated-jpeg", "a JPEG cut short before its end marker",
                        BadInputFiles.truncatedJpeg("cut.jpg"), 2, "'cut.jpg' is a damaged JPEG image",
                        "save or download it again", "edit", "-i", "cut.jpg", "-p", "snow"),
                row("input-over-modelslab-limit", "a valid PNG of 3,800,000 bytes, over ModelsLab's 3,700,000, with "
                        + "--no-resize", BadInputFiles.paddedPng("big.png", 3_800_000), 2,
                        "over the 3.7 MB (3,700,000-byte) input limit of flux-kontext-pro",
                        "drop --no-resize to let imgedit resize it",
                        "edit", "-i", "big.png", "-p", "snow", "--provider", "modelslab", "--no-resize"),
                row("input-over-fake-limit", "a valid PNG of 21 MiB, over the fake provider's 20 MiB, with "
                        + "--no-resize", BadInputFiles.paddedPng("huge.png", 21 * 1024 * 1024), 2,
                        "over the 21 MB (20,971,520-byte) input limit of fake-java2d",
                        "drop --no-resize to let imgedit resize it",
                        "edit", "-i", "huge.png", "-p", "snow", "--provider", "fake", "--no-resize"),
                row("input-huge", "a 1 GiB file named .png (sparse: it takes no disk space), more than any provider "
                                + "takes", BadInputFiles.sparse("video.png", 1024L * 1024 * 1024), 2,
                        "'video.png' is 1,073,741,824 bytes, more than any provider takes",
                        "give a smaller image", "edit", "-i", "video.png", "-p", "snow"),
                row("input-blank", "an empty --image", Setup.NOTHING, 2, "--image is empty",
                        "give a local image file or an http(s) URL", "edit", "-i", "", "-p", "snow"),

                // The input image, as a URL.
                row("url-file-scheme", "a file: URL", Setup.NOTHING, 2, "uses the scheme 'file'",
                        "give the file's path instead", "edit", "-i", "file:///tmp/photo.png", "-p", "snow"),
                row("url-ftp-scheme", "an ftp: URL", Setup.NOTHING, 2, "uses the scheme 'ftp'",
                        "download the image first", "edit", "-i", "ftp://example.com/photo.png", "-p", "snow"),
                row("url-malformed", "a URL with a space in its host", Setup.NOTHING, 2, "malformed image URL",
                        "spaces written as %20", "edit", "-i", "https://exa mple.com/photo.png", "-p", "snow"),
                row("url-without-host", "an http URL without a host", Setup.NOTHING, 2, "has no host",
                        "give a complete http(s) URL", "edit", "-i", "http:///photo.png", "-p", "snow"),

                // The prompt.
                row("prompt-blank", "a prompt of spaces", Setup.NOTHING, 2, "prompt is blank",
                        "say what to change", "edit", "-i", "photo.png", "-p", "   "),
                row("prompt-blank-stdin", "-p - with nothing on standard input", Setup.NOTHING, 2, "prompt is blank",
                        "say what to change", "edit", "-i", "photo.png", "-p", "-"),
                row("prompt-too-long", "a prompt of 2001 characters, over the limit of 2000", Setup.NOTHING, 2,
                        "prompt is 2001 characters long", "the limit is 2000: shorten it",
                        "edit", "-i", "photo.png", "-p", "a".repeat(2001)),
                row("prompt-control-character", "a prompt holding a terminal escape (ESC, U+001B)", Setup.NOTHING, 2,
                        "control character U+001B", "remove it", "edit", "-i", "photo.png", "-p", "snow\u001b[31m"),

                // The other values.
                row("aspect-ratio-unknown", "an aspect ratio Flux Kontext does not make", Setup.NOTHING, 2,
                        "unknown aspect ratio '5:4'", "use one of 21:9, 16:9",
                        "edit", "-i", "photo.png", "-p", "snow", "--aspect-ratio", "5:4"),
                row("seed-negative", "a negative seed", Setup.NOTHING, 2, "--seed must be zero or positive",
                        "give 0 or more", "edit", "-i", "photo.png", "-p", "snow", "--seed", "-1"),
                row("seed-not-a-number", "a seed that is not a number", Setup.NOTHING, 2,
                        "--seed 'many' is not a whole number", "give 0 or more",
                        "edit", "-i", "photo.png", "-p", "snow", "--seed", "many"),
                row("seed-too-large", "a seed beyond the 64-bit range", Setup.NOTHING, 2,
                        "--seed 99999999999999999999 is too large", "from 0 to 9223372036854775807",
                        "edit", "-i", "photo.png", "-p", "snow", "--seed", "99999999999999999999"),
                row("timeout-unparseable", "a timeout that is not a duration", Setup.NOTHING, 2,
                        "--timeout 'soon' is not a duration", "write it like 90s, 5m",
                        "edit", "-i", "photo.png", "-p", "snow", "--timeout", "soon"),
                row("provider-unknown", "a provider id that is not installed", Setup.NOTHING, 2,
                        "unknown provider 'acme'", "installed are bfl, fake, modelslab",
                        "edit", "-i", "photo.png", "-p", "snow", "--provider", "acme"),

                // The model and what it takes, checked against the model before anything is sent.
                row("model-unknown", "a model the provider does not serve", Setup.NOTHING, 2,
                        "provider fake has no model 'flux-9'", "it serves fake-java2d",
                        "edit", "-i", "photo.png", "-p", "snow", "--provider", "fake", "--model", "flux-9"),
                row("model-not-one-word", "a --model of two words, for a provider that sends unlisted ids as given",
                        Setup.NOTHING, 2, "model 'bad model!' is not a model id", "ids are one word",
                        "edit", "-i", "photo.png", "-p", "snow", "--model", "bad model!"),
                row("model-blank", "an empty --model", Setup.NOTHING, 2, "model '' is not a model id",
                        "ids are one word", "edit", "-i", "photo.png", "-p", "snow", "--model", ""),
                row("images-too-many", "a reference image for a model that takes one image", Setup.NOTHING, 2,
                        "takes one image and no references, not 2", "model flux-kontext-pro (modelslab)",
                        "edit", "-i", "photo.png", "-i", "photo.png", "-p", "snow"),
                row("seed-not-honoured", "a seed for a model that does not honour one", Setup.NOTHING, 2,
                        "does not honour a seed", "leave the seed out",
                        "edit", "-i", "photo.png", "-p", "snow", "--seed", "7"),
                row("model-option-unknown", "an option the model does not take", Setup.NOTHING, 2,
                        "model fake-java2d (fake) has no option 'style'", "it takes none",
                        "edit", "-i", "photo.png", "-p", "snow", "--provider", "fake", "-O", "style=cosy"),
                row("model-option-out-of-range", "an option value the model does not take", Setup.NOTHING, 2,
                        "option size of model gpt-image-2-i2i (modelslab) takes one of", "not 'huge'",
                        "edit", "-i", "photo.png", "-p", "snow", "--model", "gpt-image-2-i2i", "-O", "size=huge"),
                row("format-unwritable", "WebP output from a model that cannot be asked for it", Setup.NOTHING, 2,
                        "cannot be asked for WebP and imgedit cannot convert to it", "choose png or jpeg",
                        "edit", "-i", "photo.png", "-p", "snow", "--provider", "fake", "--format", "webp"),
                row("format-contradicts-name", "a --format the -o name contradicts", Setup.NOTHING, 2,
                        "--format png and the output name 'out.jpg' disagree", "name the file .png",
                        "edit", "-i", "photo.png", "-p", "snow", "--format", "png", "-o", "out.jpg"),
                row("standard-input-twice", "-i - twice: standard input holds one image", Setup.NOTHING, 2,
                        "-i - is given 2 times", "give the others as files or URLs",
                        "edit", "-i", "-", "-i", "-", "-p", "snow"),

                // The output.
                row("output-missing-directory", "an output in a directory that does not exist", Setup.NOTHING, 9,
                        "output directory 'out' does not exist", "create it first",
                        "edit", "-i", "photo.png", "-p", "snow", "-o", "out/photo.png"),
                row("output-unwritable-directory", "an output in a directory the user may not write (mode 555)",
                        BadInputFiles.readOnlyDirectory("locked"), 9, "cannot write to directory 'locked'",
                        "choose another directory with -o",
                        "edit", "-i", "photo.png", "-p", "snow", "-o", "locked/photo.png").when(NOT_ROOT),
                row("output-directory-refuses-files", "an output in a directory where no file can be created (/sys)",
                        Setup.NOTHING, 9, "directory '/sys'", "choose another directory with -o",
                        "edit", "-i", "photo.png", "-p", "snow", "-o", "/sys/photo.edited.png").when(SYSFS),
                row("output-dir-missing", "an --output-dir that does not exist", Setup.NOTHING, 9,
                        "output directory 'edited' does not exist",
                        "create it first or choose another directory with --output-dir",
                        "edit", "-i", "photo.png", "-p", "snow", "--output-dir", "edited"),
                row("output-dir-unwritable", "an --output-dir the user may not write (mode 555)",
                        BadInputFiles.readOnlyDirectory("locked"), 9, "cannot write to directory 'locked'",
                        "choose another directory with --output-dir",
                        "edit", "-i", "photo.png", "-p", "snow", "--output-dir", "locked").when(NOT_ROOT),
                row("output-dir-refuses-files", "an --output-dir where no file can be created (/sys)",
                        Setup.NOTHING, 9, "directory '/sys'", "choose another directory with --output-dir",
                        "edit", "-i", "photo.png", "-p", "snow", "--output-dir", "/sys").when(SYSFS),
                row("output-exists", "an output file that exists, without --force",
                        BadInputFiles.text("photo.edited.png", "an earlier edit\n"), 2,
                        "'photo.edited.png' already exists", "use --force to overwrite it or -o",
                        "edit", "-i", "photo.png", "-p", "snow"),
                row("output-is-input", "the input itself as the output, even with --force", Setup.NOTHING, 2,
                        "output 'photo.png' is the input file", "choose another name with -o",
                        "edit", "-i", "photo.png", "-p", "snow", "-o", "photo.png", "--force"),
                row("output-is-directory", "a directory as the output", BadInputFiles.directory("pictures"), 2,
                        "output 'pictures' is a directory", "give a file name with -o",
                        "edit", "-i", "photo.png", "-p", "snow", "-o", "pictures"),

                // The API key file.
                row("key-file-missing", "an API key file that does not exist", Setup.NOTHING, 2,
                        "API key file 'nowhere.key' does not exist", "check the path",
                        "edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "nowhere.key"),
                row("key-file-empty", "an API key file holding only blank lines",
                        BadInputFiles.keyFile("modelslab.key", "\n\n", "rw-------"), 2,
                        "API key file 'modelslab.key' is empty", "put the key on its first line",
                        "edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key"),
                row("key-file-directory", "a directory as the API key file", BadInputFiles.directory("keys"), 2,
                        "API key file 'keys' is a directory", "give the file that holds the key",
                        "edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "keys"),
                row("key-file-world-readable", "an API key file others may read (mode 644): a warning, the edit goes on",
                        BadInputFiles.serverKeyFile("modelslab.key", "rw-r--r--"), 0,
                        "API key file 'modelslab.key' is readable by other users", "chmod 600 modelslab.key",
                        "edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key", "--provider",
                        "modelslab"),

                // The command line itself.
                row("option-unknown", "an option imgedit does not have", Setup.NOTHING, 2,
                        "Unknown option: '--sparkle'", "see 'imgedit edit --help'",
                        "edit", "-i", "photo.png", "-p", "snow", "--sparkle"),
                row("option-missing", "no --prompt", Setup.NOTHING, 2, "Missing required option: '--prompt=TEXT'",
                        "see 'imgedit edit --help'", "edit", "-i", "photo.png"),
                row("provider-option-malformed", "a provider option without '='", Setup.NOTHING, 2,
                        "--option 'quality' is not KEY=VALUE", "write it like --option quality=high",
                        "edit", "-i", "photo.png", "-p", "snow", "-O", "quality"),
                row("provider-option-secret", "an API key passed as a provider option", Setup.NOTHING, 2,
                        "provider option 'key' looks like a secret", "such as MODELSLAB_API_KEY",
                        "edit", "-i", "photo.png", "-p", "snow", "-O", "key=test-key-123"),
                row("provider-option-secret-spelled-apikey", "an API key as a provider option named apikey",
                        Setup.NOTHING, 2, "provider option 'apikey' looks like a secret", "such as MODELSLAB_API_KEY",
                        "edit", "-i", "photo.png", "-p", "snow", "-O", "apikey=test-key-123"),
                row("provider-option-track-id", "a track id of one's own", Setup.NOTHING, 2,
                        "provider option 'track_id' cannot be set",
                        "imgedit chooses a track id for every submit, so a lost submit can be found",
                        "edit", "-i", "photo.png", "-p", "snow", "-O", "track_id=mytrack"),
                row("fetch-blank-job-id", "fetch with a blank job id", Setup.NOTHING, 2, "JOB_ID is empty",
                        "give the id that 'imgedit edit' printed", "fetch", " "));
    }

    private static BadInput row(String id, String input, Setup setup, int exitCode, String message, String fix,
            String... args) {
        return new BadInput(id, input, setup, List.of(args), exitCode, message, fix, BadInput.Requirement.NONE);
    }
}
