package dev.imgedit.fake.internal.store;

import dev.imgedit.fake.FakeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;

/** Reading and writing the small files of a {@link DirectoryJobStore}, never through a symbolic link. */
final class PropertiesFiles {
    private static final long MAX_PROPERTIES_BYTES = 64 * 1024;

    private PropertiesFiles() {}

    /** Written in the order given, escaped as {@link Properties#load(java.io.Reader)} reads it; never overwrites. */
    static void write(Path file, Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder("# imgedit fake provider; see ").append(FakeSettings.JOB_DIRECTORY)
                .append('\n');
        properties.forEach((name, value) -> text.append(escape(name, true)).append('=').append(escape(value, false))
                .append('\n'));
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /**
     * Replaces {@code file} whole, through {@code temporary} in the same directory and an atomic rename: readers see
     * the old file or the new one, never a part.
     */
    static void replace(Path file, Path temporary, Map<String, String> properties) throws IOException {
        try {
            write(temporary, properties);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(readAtMost(file, MAX_PROPERTIES_BYTES), StandardCharsets.UTF_8)));
        return properties;
    }

    /** The file's bytes, never following a symbolic link; a file larger than {@code limit} is refused. */
    static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new IOException(file.getFileName() + " is larger than " + limit + " bytes");
            }
            return bytes;
        }
    }

    /** The value of {@code name}, which must be there. */
    static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    static int integer(Properties properties, String name) {
        return Integer.parseInt(required(properties, name));
    }

    private static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '=', ':', '#', '!' -> escaped.append(key ? "\\" : "").append(c);
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
