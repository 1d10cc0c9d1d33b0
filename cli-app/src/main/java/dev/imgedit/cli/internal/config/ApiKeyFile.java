package dev.imgedit.cli.internal.config;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an API key from {@code --api-key-file}: the first line, trimmed. The key itself is never accepted on the
 * command line, where it would land in the shell history and in {@code ps} output; and it never appears in a
 * message, not even in part.
 */
public final class ApiKeyFile {
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    /**
     * A variable's assignment ({@code MODELSLAB_API_KEY=...}, {@code export NAME="..."}) rather than a key: a name,
     * then {@code =} and something after it. A base64 key's padding only ever ends it.
     */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?:export\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*\\S.*");

    private ApiKeyFile() {}

    /**
     * @throws CliException exit 2 when the file is missing, a directory or holds no key; exit 9 when unreadable
     */
    public static String read(String value, CommandContext context) {
        Path path = context.resolve(value);
        if (!Files.exists(path)) {
            throw CliException.invalid("API key file '" + value + "' does not exist: check the path, or set the "
                    + "key's environment variable instead (see 'imgedit providers')");
        }
        if (Files.isDirectory(path)) {
            throw CliException.invalid("API key file '" + value + "' is a directory: give the file that holds "
                    + "the key");
        }
        warnWhenReadableByOthers(path, value, context);
        String firstLine;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            firstLine = reader.readLine();
        } catch (AccessDeniedException e) {
            throw CliException.localIo("cannot read API key file '" + value + "': permission denied: make it "
                    + "readable by you only (chmod 600)", e);
        } catch (IOException e) {
            // The exception's message is not shown: a decoding error could quote the file's bytes.
            throw CliException.localIo("cannot read API key file '" + value + "' as UTF-8 text", e);
        }
        // Notepad starts a UTF-8 file with a byte-order mark, which is no part of the key (nor whitespace to strip).
        String key = firstLine == null ? "" : firstLine.replaceFirst("^\uFEFF", "").strip();
        if (key.isEmpty()) {
            throw CliException.invalid("API key file '" + value + "' is empty: put the key on its first line");
        }
        if (ASSIGNMENT.matcher(key).matches()) {
            // Neither side is quoted: the name could be part of a key as well as the value.
            throw CliException.invalid("API key file '" + value + "' holds NAME=value, as a shell or .env file "
                    + "does: keep only the key on its first line");
        }
        return key;
    }

    private static void warnWhenReadableByOthers(Path path, String value, CommandContext context) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                context.warning("API key file '" + value + "' is readable by other users: chmod 600 " + value);
            }
        } catch (IOException e) {
            // Only the warning is lost; reading the key reports any real problem.
        }
    }
}
