package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What a command reads, checked before it loads any model, so that a missing file or data set
 * costs no time and is said in one line ({@link UserError}) rather than by a stack trace.
 */
final class Required {
    private Required() {
    }

    /** Files named on the command line: each must be a readable file. */
    static void files(Collection<Path> files) {
        for (Path file : files) {
            String problem = !Files.exists(file) ? "no such file or directory"
                    : Files.isDirectory(file) ? "is a directory, not a file"
                    : !Files.isReadable(file) ? "permission denied"
                    : null;
            if (problem != null) {
                throw new UserError(file + ": " + problem);
            }
        }
    }

    /** Files and directories of the shared data sets (under {@code --data}) that {@code command} reads. */
    static void sharedData(String command, Path data, Collection<String> paths) {
        for (String path : paths) {
            Path needed = data.resolve(path);
            if (!Files.exists(needed)) {
                throw new UserError(command + " reads " + needed + ", which does not exist: give the directory of the "
                        + "shared data sets with --data DIR (default ../shared/data, from the repository's root)");
            }
        }
    }
}
