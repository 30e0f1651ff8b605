package org.marsad.read;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to read, and the id its pages take: the path relative to the input root (the named
 * directory, or a glob's fixed leading directories) without extensions, so that same-named files
 * in different directories stay distinct ({@code sub/page}); a file named on its own keeps its stem.
 */
public record InputFile(Path path, String id) {

    public static InputFile under(Path root, Path file) {
        Path relative = root == null ? file.getFileName() : root.relativize(file);
        String id = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        return new InputFile(file, stripExtensions(id));
    }

    /** Whether the file is gzip-compressed ({@code page.html.gz}). */
    public boolean gzipped() {
        return name().endsWith(".gz");
    }

    /** The extension that tells the format, beneath any .gz: {@code html} for page.html.gz. */
    public String extension() {
        String name = name();
        if (gzipped()) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private String name() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String stripExtensions(String id) {
        if (id.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            id = id.substring(0, id.length() - 3);
        }
        int slash = id.lastIndexOf('/');
        int dot = id.lastIndexOf('.');
        return dot > slash + 1 ? id.substring(0, dot) : id;
    }
}
