package org.marsad.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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

    /**
     * The one name of a path however it was written ({@code ./in.jsonl}, {@code in.jsonl}, through a
     * link): absolute, normalised, with links resolved as far as the path exists.
     */
    public static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** {@link #canonical(Path)} of a path as written on the command line; a name that is no path stays as it is. */
    public static String canonical(String path) {
        try {
            return canonical(Path.of(path)).toString();
        } catch (InvalidPathException e) {
            return path;
        }
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
