package org.marsad.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Command-line inputs to files: a file is itself, a directory is every regular file under it in
 * name order, and a glob ({@code 'crawl/**}{@code /*.html'}, quoted so that Marsad and not the
 * shell expands it) is every file under its fixed leading directories that it matches. As in
 * shells with globstar, {@code **}{@code /} also matches no directory at all.
 */
final class InputFiles {
    private InputFiles() {
    }

    static List<InputFile> expand(String input, Consumer<InputError> errors) {
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return walk(path, file -> true, input, errors);
        }
        if (Files.exists(path)) {
            return List.of(InputFile.under(null, path));
        }
        if (isGlob(input)) {
            Path root = fixedPrefix(input);
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + input);
            PathMatcher shallow = FileSystems.getDefault().getPathMatcher("glob:" + input.replace("**/", ""));
            List<InputFile> files = walk(root, f -> matcher.matches(f) || shallow.matches(f), input, errors);
            if (files.isEmpty()) {
                errors.accept(new InputError(input, 0, "no file matches the pattern"));
            }
            return files;
        }
        errors.accept(new InputError(input, 0, "no such file or directory"));
        return List.of();
    }

    /**
     * Whether {@code input} names {@code file}, or would once it exists: the file itself (also
     * through another name or a link), a path under the directory, or a match of the glob. A
     * run's output must never be one of its inputs, or it would wipe or read itself.
     */
    static boolean covers(String input, Path file) {
        Path path = Path.of(input);
        Path candidate = InputFile.canonical(file);
        if (Files.isDirectory(path)) {
            return candidate.startsWith(InputFile.canonical(path));
        }
        if (Files.exists(path)) {
            return candidate.equals(InputFile.canonical(path)) || sameFile(path, file);
        }
        if (isGlob(input)) {
            Path root = InputFile.canonical(fixedPrefix(input));
            if (!candidate.startsWith(root)) {
                return false;
            }
            // As the walk would see it: the glob's root as typed, then the path beneath it.
            Path walked = fixedPrefix(input).resolve(root.relativize(candidate).toString());
            return FileSystems.getDefault().getPathMatcher("glob:" + input).matches(walked)
                    || FileSystems.getDefault().getPathMatcher("glob:" + input.replace("**/", "")).matches(walked);
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InputFile> walk(Path root, Predicate<Path> wanted, String input, Consumer<InputError> errors) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Walk walk = new Walk(wanted, errors);
        try {
            Files.walkFileTree(root, walk);
        } catch (IOException | UncheckedIOException e) {
            errors.accept(new InputError(input, 0, "cannot list directory: " + e.getMessage()));
        }
        return walk.files.stream().sorted().map(f -> InputFile.under(root, f)).toList();
    }

    /**
     * A walk that reports each directory or file it cannot read, by its own path, and goes on:
     * one unreadable subdirectory must not hide the readable files beside it.
     */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final Predicate<Path> wanted;
        private final Consumer<InputError> errors;
        private final List<Path> files = new ArrayList<>();

        Walk(Predicate<Path> wanted, Consumer<InputError> errors) {
            this.wanted = wanted;
            this.errors = errors;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (Files.isRegularFile(file) && wanted.test(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            errors.accept(new InputError(file.toString(), 0, "cannot read: " + SystemReason.of(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                errors.accept(new InputError(dir.toString(), 0, "cannot list directory: " + SystemReason.of(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The directories of a glob before its first wildcard: where the walk starts and ids are relative to. */
    private static Path fixedPrefix(String glob) {
        String[] parts = glob.split("/", -1);
        StringBuilder prefix = new StringBuilder(glob.startsWith("/") ? "/" : "");
        for (int i = 0; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            if (!parts[i].isEmpty()) {
                prefix.append(parts[i]).append('/');
            }
        }
        return Path.of(prefix.toString());
    }
}
