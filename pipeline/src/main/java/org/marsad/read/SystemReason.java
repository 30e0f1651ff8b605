package org.marsad.read;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file operation failed, in the words a user reads ({@code permission denied}, {@code no such
 * file or directory}, the system's {@code Not a directory}): Java's file exceptions carry the path
 * as their message and the reason apart, or none at all.
 */
public final class SystemReason {
    private SystemReason() {
    }

    public static String of(Exception failure) {
        Exception e = unwrapped(failure);
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The reason, after the file it is about when the exception names one: {@code /data/x: permission denied}. */
    public static String withFile(Exception failure) {
        Exception e = unwrapped(failure);
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + of(e) : of(e);
    }

    private static Exception unwrapped(Exception e) {
        return e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    }
}
