package dev.imgedit;

import java.util.Optional;

/** The image formats imgedit accepts and produces, recognised by their first bytes, never by a file name. */
public enum ImageType {
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg"),
    WEBP("WebP", "image/webp", "webp");

    private final String displayName;
    private final String mimeType;
    private final String extension;

    ImageType(String displayName, String mimeType, String extension) {
        this.displayName = displayName;
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The name people use, such as {@code WebP}. */
    public String displayName() {
        return displayName;
    }

    /** The media type, such as {@code image/png}. */
    public String mimeType() {
        return mimeType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type whose signature starts {@code bytes}, if any. Looks at no more than the first 12 bytes. */
    public static Optional<ImageType> detect(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The type for a MIME type such as {@code image/png; charset=...}, if it is one of ours. */
    public static Optional<ImageType> fromMimeType(String mimeType) {
        String bare = mimeType.split(";", 2)[0].trim();
        for (ImageType type : values()) {
            if (type.mimeType.equalsIgnoreCase(bare) || (type == JPEG && bare.equalsIgnoreCase("image/jpg"))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type a format name or file extension names: {@code png}, {@code jpeg} or {@code jpg}, {@code webp}, in any
     * case, with or without a leading dot.
     */
    public static Optional<ImageType> fromName(String name) {
        String bare = name.strip().toLowerCase(java.util.Locale.ROOT);
        bare = bare.startsWith(".") ? bare.substring(1) : bare;
        return switch (bare) {
            case "png" -> Optional.of(PNG);
            case "jpg", "jpeg", "jpe" -> Optional.of(JPEG);
            case "webp" -> Optional.of(WEBP);
            default -> Optional.empty();
        };
    }

    /** The type a file name's extension names, such as {@code photo.JPG}; empty without a known extension. */
    public static Optional<ImageType> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || fileName.indexOf('/', dot) >= 0 ? Optional.empty() : fromName(fileName.substring(dot + 1));
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
