package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Samples;
import org.marsad.Stages;
import picocli.CommandLine;

/** {@code annotate --stages … --profile}: stages by name on the command line, and where the time went. */
class StageOptionsTest {

    /** Runs the command line, returning its exit code; stderr goes to {@code err}. */
    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new Main()).execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void theNamedStagesRunAndTheProfileSaysWhereTheTimeWent(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(err, "annotate", Samples.WIRE.toString(), "-o", out.toString(), "-q",
                "--stages", "tokenize,ssplit,segment,pos,ner,link", "--profile");
        assertThat(exit).isZero();
        JsonNode record = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertThat(record.get("pipeline").get("stages")).extracting(JsonNode::asText).containsExactly("langid", "tokenize",
                "ssplit", "segment", "pos", "ner-gazetteer", "ner-persons", "ner-organizations", "link");
        assertThat(record.get("entities")).extracting(e -> e.get("entity").get("id").asText()).contains("per:joe-biden");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).containsPattern("(?m)^stage +seconds +share +documents +ms/doc$")
                .containsPattern("(?m)^extract +\\d+\\.\\d\\d +\\d+\\.\\d% +3 ")
                .containsPattern("(?m)^ner-persons +\\d+\\.\\d\\d +\\d+\\.\\d% +3 ")
                .containsPattern("(?m)^total +\\d+\\.\\d\\d +100\\.0%$")
                .doesNotContain("ner-model");
    }

    @Test
    void parseAddsTheTaggerAndTheParserAfterTheNamedStages(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.conllu");
        int exit = run(new ByteArrayOutputStream(), "annotate", Samples.WIRE.toString(), "-o", out.toString(), "-q",
                "--stages", "tokenize,ssplit,segment,pos", "--parse", "--format", "conllu");
        assertThat(exit).isZero();
        var words = Files.readAllLines(out).stream().filter(l -> l.matches("\\d+\t.*")).map(l -> l.split("\t")).toList();
        assertThat(words).isNotEmpty().allSatisfy(cols -> assertThat(cols[6]).matches("\\d+"));
        // The morphological tagger comes with it: a noun has its case.
        assertThat(words).anySatisfy(cols -> assertThat(cols[3] + " " + cols[5]).matches("NOUN .*Case=\\w+.*"));
        assertThat(words.stream().filter(cols -> cols[7].equals("root")).count())
                .isEqualTo(Files.readAllLines(out).stream().filter(l -> l.startsWith("# sent_id")).count());
    }

    @Test
    void anUnknownStageIsOneLineAndExitCodeTwoBeforeAnyModelLoads(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(err, "annotate", Samples.WIRE.toString(), "-o", dir.resolve("out.jsonl").toString(),
                "--stages", "tokenize,ssplit,nre");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("marsad: unknown stage 'nre'; the stages are "
                + String.join(", ", Stages.descriptions().keySet()) + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("out.jsonl"))).isFalse();
    }

    @Test
    void anOrderTheStagesRefuseIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(err, "annotate", Samples.WIRE.toString(), "-o", dir.resolve("out.jsonl").toString(),
                "--stages", "tokenize,ssplit,link,segment,pos,ner");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("marsad: stage 'link' requires [MENTIONS], which no earlier stage provides");
    }

    @Test
    void theHelpNamesTheDefaultStages() {
        String help = new CommandLine(new Main()).getSubcommands().get("annotate").getCommandSpec()
                .findOption("--stages").description()[0];
        assertThat(help).contains("(default: " + String.join(",", Stages.DEFAULT) + ")");
    }
}
