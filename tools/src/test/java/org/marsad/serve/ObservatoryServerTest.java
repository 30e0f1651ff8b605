package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.Samples;
import org.marsad.store.CorpusDatabase;
import org.marsad.store.SampleCorpus;

/** A real server on a free port over a real DuckDB file of the sample corpus, asked as clients would. */
class ObservatoryServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String KADHIMI = "per:mustafa-al-kadhimi";

    @TempDir
    static Path dir;
    private static ObservatoryServer server;

    @BeforeAll
    static void start() throws Exception {
        Path db = SampleCorpus.database(SampleCorpus.records(dir), dir, "corpus.duckdb");
        server = ObservatoryServer.start(Marsad.standard(), CorpusDatabase.openReadOnly(db),
                new ObservatoryServer.Options("127.0.0.1", 0, 1, 1, Duration.ofSeconds(60), 20_000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(ObservatoryServer on, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(server, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest post(ObservatoryServer on, String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }

    @Test
    void annotatesTextPagesAndJsonDocumentsInEveryFormat() throws Exception {
        HttpResponse<String> text = HTTP.send(post(server, "/v1/annotate", "text/plain; charset=utf-8",
                "التقى رئيس الوزراء مصطفى الكاظمي وبايدن في البيت الأبيض."), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        JsonNode record = JSON.readTree(text.body());
        assertThat(record.get("entities")).extracting(e -> e.get("entity").get("id").asText()).contains(KADHIMI, "per:joe-biden");

        HttpResponse<String> conllu = HTTP.send(post(server, "/v1/annotate?format=conllu", "application/json",
                "{\"id\": \"wire-9\", \"text\": \"قال بايدن إن الكاظمي وافق.\", \"date\": \"2021-07-26\"}"), HttpResponse.BodyHandlers.ofString());
        assertThat(conllu.body()).startsWith("# newdoc id = wire-9").contains("NER=B-PERSON");

        HttpResponse<String> page = HTTP.send(post(server, "/v1/annotate", "text/html", Samples.read(Samples.HTML_PAGE)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body().lines().map(line -> {
            try {
                return JSON.readTree(line).get("kind").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).contains("article");

        assertError(HTTP.send(post(server, "/v1/annotate", "application/pdf", "%PDF"), HttpResponse.BodyHandlers.ofString()),
                400, "unsupported content type application/pdf");
        assertError(HTTP.send(post(server, "/v1/annotate?format=xml", "text/plain", "نص"), HttpResponse.BodyHandlers.ofString()),
                400, "unknown format xml");
        assertError(HTTP.send(post(server, "/v1/annotate", "application/json", "{\"title\": 1}"), HttpResponse.BodyHandlers.ofString()),
                400, "needs its text");
    }

    @Test
    void actorsAreFoundByAnyVariantArabicNormalisedAndFiltered() throws Exception {
        // الكاظمى with alef maqsura finds الكاظمي.
        assertThat(json("/v1/actors?q=" + q("الكاظمى")).get(0).get("id").asText()).isEqualTo(KADHIMI);
        assertThat(json("/v1/actors?q=Kadhimi").get(0).get("id").asText()).isEqualTo(KADHIMI);
        JsonNode people = json("/v1/actors?type=PERSON&limit=100");
        assertThat(people).isNotEmpty().allSatisfy(actor -> assertThat(actor.get("type").asText()).isEqualTo("PERSON"));
        JsonNode ranked = json("/v1/actors?limit=5");
        assertThat(ranked.get(0).get("mentions").asLong()).isGreaterThanOrEqualTo(ranked.get(4).get("mentions").asLong());
        assertThat(json("/v1/actors?from=2021-07-26&to=2021-07-26&q=" + q("الكاظمي")).get(0).get("documents").asInt()).isEqualTo(1);
        assertThat(json("/v1/actors?publisher=" + q("26 سبتمبر") + "&q=" + q("الكاظمي")).get(0).get("documents").asInt()).isEqualTo(1);
        assertError(get(server, "/v1/actors?from=yesterday"), 400, "from must be a date");
    }

    @Test
    void anActorsProfileHasItsTimelineCoMentionsAndDocuments() throws Exception {
        JsonNode profile = json("/v1/actors/" + KADHIMI);
        assertThat(profile.get("name_en").asText()).isEqualTo("Mustafa al-Kadhimi");
        assertThat(profile.get("variants")).extracting(JsonNode::asText).contains("الكاظمي");
        assertThat(profile.get("timeline")).extracting(day -> day.get("day").asText()).contains("2021-07-24", "2021-07-26");
        assertThat(profile.get("co_mentioned")).extracting(actor -> actor.get("id").asText()).contains("per:joe-biden");
        String first = profile.get("top_documents").get(0).get("id").asText();
        JsonNode document = json("/v1/documents/" + first);
        assertThat(document.get("mentions")).anySatisfy(m -> assertThat(m.get("actor").asText()).isEqualTo(KADHIMI));
        assertThat(json("/v1/actors/per:fuad-hussein").get("quotes")).isNotEmpty()
                .allSatisfy(quote -> assertThat(quote.get("cue").asText()).isNotBlank());
        assertError(get(server, "/v1/actors/per:nobody"), 404, "no actor per:nobody");
        assertError(get(server, "/v1/documents/nothing"), 404, "no document nothing");
    }

    @Test
    void searchIsFullTextArabicNormalised() throws Exception {
        JsonNode hits = json("/v1/search?q=" + q("البيت الابيض"));
        assertThat(hits).extracting(hit -> hit.get("id").asText()).contains("wire-0001");
        assertThat(hits.get(0).get("snippet").asText()).contains("البيت الأبيض");
        assertError(get(server, "/v1/search"), 400, "the query parameter q is required");
        assertThat(json("/v1/cooccurrence?actor=" + KADHIMI)).extracting(pair -> pair.get("other").asText()).contains("per:joe-biden");
    }

    @Test
    void injectionsAreDataAndPathsStayInsideTheApp() throws Exception {
        assertThat(json("/v1/actors?q=" + q("' OR 1=1 --"))).isEmpty();
        assertThat(json("/v1/actors?type=" + q("PERSON' OR '1'='1"))).isEmpty();
        assertError(get(server, "/v1/actors/" + q("x' OR '1'='1").replace("+", "%20")), 404, "no actor x' OR '1'='1");
        assertThat(json("/v1/search?q=" + q("<script>alert(1)</script>"))).isEmpty();
        for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml", "/org/marsad/serve/openapi.json")) {
            HttpResponse<String> response = get(server, path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("<project").doesNotContain("\"paths\"");
        }
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        assertError(HTTP.send(post(server, "/v1/annotate", "text/plain", "ب".repeat(30_000)), HttpResponse.BodyHandlers.ofString()),
                413, "larger than the server's limit of 20000 bytes");
    }

    @Test
    void aFloodBeyondTheWorkersAndTheQueueIs503NotAnOutOfMemory() throws Exception {
        String article = Samples.read(Samples.IRAQ_PAGE).substring(0, 6_000);
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            flood.add(HTTP.sendAsync(post(server, "/v1/annotate", "text/plain", article), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = flood.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).contains(200, 503).containsOnly(200, 503);
        assertThat(flood.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503).findFirst().orElseThrow().body())
                .contains("the server is busy");
        assertThat(json("/healthz").get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aRequestOverTheTimeLimitIs503() throws Exception {
        try (ObservatoryServer hurried = ObservatoryServer.start(Marsad.standard(), null,
                new ObservatoryServer.Options("127.0.0.1", 0, 1, 1, Duration.ofMillis(1), 20_000))) {
            assertError(HTTP.send(post(hurried, "/v1/annotate", "text/plain", Samples.read(Samples.IRAQ_PAGE).substring(0, 5_000)),
                    HttpResponse.BodyHandlers.ofString()), 503, "took longer than the server's limit of 0.001 s");
            assertError(get(hurried, "/v1/actors"), 404, "this server has no corpus database");
        }
    }

    @Test
    void theOpenApiDescriptionNamesEveryRouteAndTheServerListensOnLoopbackByDefault() throws Exception {
        JsonNode paths = json("/v1/openapi.json").get("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/healthz", "/v1/openapi.json", "/v1/annotate",
                "/v1/actors", "/v1/actors/{id}", "/v1/documents/{id}", "/v1/search", "/v1/cooccurrence", "/v1/publishers");
        assertThat(ObservatoryServer.Options.local(8080).host()).isEqualTo("127.0.0.1");
        assertThat(json("/v1/publishers")).extracting(p -> p.get("publisher").asText()).contains("26 سبتمبر");
    }
}
