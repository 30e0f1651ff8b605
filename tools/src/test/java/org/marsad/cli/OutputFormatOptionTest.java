package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annotate --format}: the writer follows the option, in lower case as users type it. */
class OutputFormatOptionTest {

    @Test
    void conlluIsWrittenWhenAsked(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("wire.conllu");
        int code = new CommandLine(new Main()).execute("annotate", Samples.WIRE.toString(), "--format", "conllu", "-o", out.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(out)).startsWith("# newdoc id = wire-0001\n# sent_id = wire-0001-1\n# text = استقبل الرئيس");
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(cli.execute("annotate", Samples.WIRE.toString(), "--format", "xml")).isEqualTo(2);
    }
}
