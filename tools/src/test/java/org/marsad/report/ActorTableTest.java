package org.marsad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors of annotated records, counted, and printed as a table whose columns line up whatever the ids and names. */
class ActorTableTest {
    private static ActorTable table;

    private static String mention(String type, String id, String name, String nameEn) {
        return "{\"type\":\"" + type + "\",\"entity\":{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"name_en\":"
                + (nameEn == null ? "null" : "\"" + nameEn + "\"") + ",\"kb\":" + (nameEn != null) + "}}";
    }

    /** A quotation of annotate's output with its speaker's actor id (null: a role without a name). */
    private static String quote(String speaker) {
        return "{\"speaker\":{\"id\":" + (speaker == null ? "null" : "\"" + speaker + "\"") + "}}";
    }

    @BeforeAll
    static void countTwoRecords(@TempDir Path dir) throws Exception {
        String biden = mention("PERSON", "per:joe-biden", "جو بايدن", "Joe Biden");
        String pmf = mention("ORGANIZATION", "org:popular-mobilization-forces-of-the-republic-of-iraq", "هَيْئَةُ الحَشْدِ الشَّعْبِيّ",
                "Popular Mobilization Forces");
        String unlisted = mention("PERSON", "per:u-3f2a9c", "أبو علي", null);
        Path out = Files.write(dir.resolve("out.jsonl"), List.of(
                "{\"id\":\"d1\",\"entities\":[" + biden + "," + pmf + "," + biden + "],\"quotes\":[" + quote("per:joe-biden") + ","
                        + quote("per:joe-biden") + ",{\"speaker\":null}," + quote(null) + "]}",
                "",
                "{\"id\":\"d2\",\"entities\":[" + biden + "," + unlisted + "],\"quotes\":[" + quote("per:u-3f2a9c") + "]}",
                "{\"id\":\"d3\",\"lang\":\"en\",\"entities\":[]}"));
        table = ActorTable.of(List.of(out));
    }

    private static List<String> printed(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void mentionsDocumentsAndQuotationsAreCountedPerActor() {
        assertThat(table.rows()).extracting(r -> r.id() + " " + r.mentions() + " " + r.documents() + " " + r.quotes()).containsExactly(
                "org:popular-mobilization-forces-of-the-republic-of-iraq 1 1 0", "per:joe-biden 3 2 2", "per:u-3f2a9c 1 1 1");
        assertThat(table.mentionsPerType()).containsExactly(java.util.Map.entry("ORGANIZATION", 1), java.util.Map.entry("PERSON", 4));
    }

    @Test
    void theTableIsAsWideAsItsWidestCellsAndVowelMarksTakeNoColumn() {
        assertThat(printed(table::printTable)).containsExactly(
                "type          mentions  documents  quotes  id                                                       name_en                      name",
                "ORGANIZATION         1          1       0  org:popular-mobilization-forces-of-the-republic-of-iraq  Popular Mobilization Forces  هَيْئَةُ الحَشْدِ الشَّعْبِيّ",
                "PERSON               3          2       2  per:joe-biden                                            Joe Biden                    جو بايدن",
                "PERSON               1          1       1  per:u-3f2a9c                                                                          أبو علي",
                "total ORGANIZATION  1 mentions",
                "total PERSON        4 mentions");
    }

    @Test
    void csvHasEveryField() {
        assertThat(printed(table::printCsv)).containsExactly(
                "id,type,name,name_en,kb,mentions,documents,quotes",
                "org:popular-mobilization-forces-of-the-republic-of-iraq,ORGANIZATION,هَيْئَةُ الحَشْدِ الشَّعْبِيّ,Popular Mobilization Forces,true,1,1,0",
                "per:joe-biden,PERSON,جو بايدن,Joe Biden,true,3,2,2",
                "per:u-3f2a9c,PERSON,أبو علي,,false,1,1,1");
    }

    @Test
    void displayWidthCountsWhatATerminalShows() {
        assertThat(DisplayWidth.of("هَيْئَةُ")).isEqualTo(4);
        assertThat(DisplayWidth.of("\u200Fبايدن")).isEqualTo(5);
        assertThat(DisplayWidth.of("北京")).isEqualTo(4);
        assertThat(DisplayWidth.pad("هَيْئَةُ", 6, true)).isEqualTo("  هَيْئَةُ");
    }
}
