package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The analyst's questions against a started server, timed one at a time as a browser asks them:
 * the profiles of the most-mentioned actors, name searches and full-text searches of their names.
 * Percentiles in milliseconds, HTTP included.
 */
public final class QueryBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kind of question: how many were asked, and their latency percentiles. */
    public record Kind(String name, int requests, double p50, double p95, double max) {
    }

    private final String base;

    public QueryBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Asks each kind of question about the {@code actors} most-mentioned actors, after one untimed round. */
    public List<Kind> run(int actors) throws IOException, InterruptedException {
        List<JsonNode> top = new ArrayList<>();
        get("/v1/actors?limit=" + actors).forEach(top::add);
        List<Kind> kinds = new ArrayList<>();
        kinds.add(time("actor profile", top, actor -> "/v1/actors/" + encode(actor.get("id").asText()).replace("+", "%20")));
        kinds.add(time("actor search", top, actor -> "/v1/actors?q=" + encode(actor.get("name").asText())));
        kinds.add(time("full-text search", top, actor -> "/v1/search?q=" + encode(actor.get("name").asText())));
        return kinds;
    }

    private Kind time(String name, List<JsonNode> actors, Function<JsonNode, String> path) throws IOException, InterruptedException {
        get(path.apply(actors.get(0)));
        long[] nanos = new long[actors.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            get(path.apply(actors.get(i)));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Kind(name, nanos.length, Percentile.of(nanos, 50), Percentile.of(nanos, 95), nanos[nanos.length - 1] / 1e6);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
