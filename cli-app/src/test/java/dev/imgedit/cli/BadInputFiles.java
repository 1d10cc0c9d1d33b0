package dev.imgedit.cli;

import dev.imgedit.cli.BadInput.Setup;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/** The files the bad-input catalogue's cases are made of. */
final class BadInputFiles {
    /** The key the catalogue's ModelsLab test server accepts. */
    static final String SERVER_KEY = "sk-Catalogue+Key/0123456789=";

    private BadInputFiles() {}

    static Setup bytes(String name, byte[] content) {
        return directory -> Files.write(directory.resolve(name), content);
    }

    static Setup text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of {@code size} bytes that takes no disk space: its length is set, nothing is written. */
    static Setup sparse(String name, long size) {
        return directory -> {
            try (RandomAccessFile file = new RandomAccessFile(directory.resolve(name).toFile(), "rw")) {
                file.setLength(size);
            }
        };
    }

    static Setup directory(String name) {
        return directory -> Files.createDirectory(directory.resolve(name));
    }

    static Setup link(String name, String target) {
        return directory -> Files.createSymbolicLink(directory.resolve(name), Path.of(target));
    }

    static Setup fifo(String name) {
        return directory -> {
            Process mkfifo = new ProcessBuilder("mkfifo", directory.resolve(name).toString())
                    .redirectErrorStream(true).start();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                throw new IllegalStateException("mkfifo failed: "
                        + new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        };
    }

    /** A socket file with no one listening any more: it stays on disk, and opening it fails even for root. */
    static Setup socket(String name) {
        return directory -> {
            try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.bind(UnixDomainSocketAddress.of(directory.resolve(name)));
            }
        };
    }

    static Setup unreadable(String name) {
        return directory -> {
            Path file = Files.copy(directory.resolve("photo.png"), directory.resolve(name));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        };
    }

    static Setup readOnlyDirectory(String name) {
        return directory -> Files.createDirectory(directory.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
    }

    static Setup keyFile(String name, String content, String permissions) {
        return directory -> {
            Path file = Files.writeString(directory.resolve(name), content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        };
    }

    static Setup serverKeyFile(String name, String permissions) {
        return keyFile(name, SERVER_KEY + "\n", permissions);
    }

    /** A real PNG, cut after its header and half its image data. */
    static Setup truncatedPng(String name) {
        return directory -> {
            byte[] whole = Files.readAllBytes(TestImages.png(directory.resolve("whole.png"), 64, 48));
            Files.delete(directory.resolve("whole.png"));
            Files.write(directory.resolve(name), Arrays.copyOf(whole, whole.length / 2));
        };
    }

    static Setup truncatedJpeg(String name) {
        return directory -> {
            byte[] whole = Files.readAllBytes(TestImages.jpeg(directory.resolve("whole.jpg"), 64, 48));
            Files.delete(directory.resolve("whole.jpg"));
            Files.write(directory.resolve(name), Arrays.copyOf(whole, whole.length * 3 / 4));
        };
    }

    /**
     * A valid PNG of exactly {@code size} bytes: a small image with a private ancillary chunk ({@code imGp}) that
     * decoders skip, so that a file over a provider's limit takes no time to make.
     */
    static Setup paddedPng(String name, int size) {
        return directory -> {
            byte[] small = Files.readAllBytes(TestImages.png(directory.resolve("small.png"), 16, 16));
            Files.delete(directory.resolve("small.png"));
            int headerEnd = 8 + 8 + 13 + 4;
            int padding = size - small.length - 12;
            ByteArrayOutputStream png = new ByteArrayOutputStream(size);
            png.write(small, 0, headerEnd);
            png.write(chunk("imGp", new byte[padding]));
            png.write(small, headerEnd, small.length - headerEnd);
            Files.write(directory.resolve(name), png.toByteArray());
        };
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] chunk = new byte[12 + data.length];
        int length = data.length;
        chunk[0] = (byte) (length >>> 24);
        chunk[1] = (byte) (length >>> 16);
        chunk[2] = (byte) (length >>> 8);
        chunk[3] = (byte) length;
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + data.length);
        long value = crc.getValue();
        chunk[8 + length] = (byte) (value >>> 24);
        chunk[9 + length] = (byte) (value >>> 16);
        chunk[10 + length] = (byte) (value >>> 8);
        chunk[11 + length] = (byte) value;
        return chunk;
    }
}
