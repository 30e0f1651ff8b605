package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A user's mistake (a missing file, a file of the wrong kind, absent shared data) ends in one line and exit code 2, never a stack trace. */
class UserMistakeTest {
    @TempDir
    static Path dir;

    /** A command's exit code and what it printed on stderr. */
    private record Result(int code, String stderr) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err, true)).execute(args);
        return new Result(code, err.toString());
    }

    private static void assertOneLine(Result result, String line) {
        assertThat(result.code()).as(result.stderr()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("marsad: " + line + System.lineSeparator());
    }

    @Test
    void entitiesOfAMissingFile() {
        Path missing = dir.resolve("nosuch.jsonl");
        assertOneLine(run("entities", missing.toString()), missing + ": no such file or directory");
    }

    @Test
    void entitiesOfAFileThatIsNotJsonLines() throws IOException {
        Path conllu = Files.writeString(dir.resolve("out.conllu"), "# newdoc id = d1\n1\tقال\tقال\tVERB\tVBD\t_\t_\t_\t_\t_\n");
        assertOneLine(run("entities", conllu.toString()), conllu + " line 1 is not JSON (column 1: found '#' where a value (a string, "
                + "number, object, array, true, false or null) was expected): entities reads the JSON Lines that 'marsad annotate' "
                + "writes (--format jsonl)");
    }

    @Test
    void entitiesOfAnErrorsFile() throws IOException {
        Path errors = Files.writeString(dir.resolve("out.jsonl.errors.jsonl"), "{\"path\":\"a.txt\",\"reason\":\"empty file\"}\n");
        assertOneLine(run("entities", errors.toString()), errors + " line 1 is not an annotated record (it has no \"entities\" list): "
                + "entities reads the JSON Lines that 'marsad annotate' writes (--format jsonl)");
    }

    @Test
    void extractionOfADirectoryWithoutGoldFiles() {
        assertOneLine(run("evaluate", "extraction", dir.toString()), dir + ": no NAME.gold.json files (see corpus/web/PROVENANCE.md)");
        Path missing = dir.resolve("web");
        assertOneLine(run("evaluate", "extraction", missing.toString()), missing + ": not a directory");
    }

    @Test
    void extractionOfGoldWithoutItsPage(@TempDir Path web) throws IOException {
        Files.writeString(web.resolve("lost.gold.json"), "{\"page\": \"lost.html\", \"sha256\": \"00\", \"published\": null, \"words\": {}}");
        assertOneLine(run("evaluate", "extraction", web.toString()), web.resolve("lost.html")
                + ": missing (the pages are not committed: fetch them as corpus/web/PROVENANCE.md says)");
    }

    @Test
    void goldWrittenFromAReadingWithoutItsPage(@TempDir Path web) throws IOException {
        Files.writeString(web.resolve("lost.reading.json"), "{\"page\": \"lost.html\", \"title\": \"عنوان\", \"paragraphs\": [], \"published\": null}");
        assertOneLine(run("evaluate", "extraction", web.toString(), "--write-gold"), web.resolve("lost.html") + ": no such file or directory");
    }

    @Test
    void entitiesOfADirectory() {
        assertOneLine(run("entities", dir.toString()), dir + ": is a directory, not a file");
    }

    @Test
    void annotateNamesTheOneOptionThatIsWrong() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"قال بايدن\"}\n");
        var err = new java.io.ByteArrayOutputStream();
        var previous = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("annotate", input.toString(), "--threads", "0").code()).isEqualTo(2);
            assertThat(run("annotate", input.toString(), "--max-chars", "-5").code()).isEqualTo(2);
        } finally {
            System.setErr(previous);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
                .containsExactly("marsad: --threads must be at least 1, not 0", "marsad: --max-chars must be at least 1, not -5");
    }

    static Stream<Arguments> commandsWithoutTheirSharedData() {
        String data = dir.resolve("no-data").toString();
        return Stream.of(
                Arguments.of(new String[] {"evaluate", "segmentation", "--data", data}, "evaluate segmentation",
                        "ud-arabic-pud/ar_pud-ud-test.conllu"),
                Arguments.of(new String[] {"train-segmenter", "--data", data}, "train-segmenter",
                        "saudinewsnet/saudinewsnet-politics-slice.jsonl"),
                Arguments.of(new String[] {"train-ner", "--data", data, "--work", dir.resolve("work").toString()}, "train-ner",
                        "anercorp-camellab/ANERCorp_CamelLab_train.txt"));
    }

    @ParameterizedTest
    @MethodSource
    void commandsWithoutTheirSharedData(String[] args, String command, String firstMissing) {
        assertOneLine(run(args), command + " reads " + dir.resolve("no-data").resolve(firstMissing) + ", which does not exist: give "
                + "the directory of the shared data sets with --data DIR (default ../shared/data, from the repository's root)");
        assertThat(dir.resolve("work")).as("nothing is made before the data is checked").doesNotExist();
    }

    static Stream<Arguments> commandsOnAMissingFile() {
        return Stream.of(
                Arguments.of((Object) new String[] {"evaluate", "entities"}),
                Arguments.of((Object) new String[] {"evaluate", "ner"}),
                Arguments.of((Object) new String[] {"bench"}),
                Arguments.of((Object) new String[] {"bench-ner"}));
    }

    @ParameterizedTest
    @MethodSource
    void commandsOnAMissingFile(String[] command) {
        Path missing = dir.resolve("gold.txt");
        String[] args = Stream.concat(Stream.of(command), Stream.of(missing.toString())).toArray(String[]::new);
        assertOneLine(run(args), missing + ": no such file or directory");
    }
}
