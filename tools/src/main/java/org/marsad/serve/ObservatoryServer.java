package org.marsad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.store.CorpusDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marsad's HTTP server (Javalin): {@code POST /v1/annotate} with the models loaded once, the corpus
 * database's questions under {@code /v1/}, the analyst web app at {@code /}, the API described in
 * {@code /v1/openapi.json}. Every request's work runs on {@link Workers}: bounded, queued, timed.
 * Errors are JSON, {@code {"error": "…"}}, with the status that says whose they are.
 */
public final class ObservatoryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObservatoryServer.class);
    private static final int MAX_PAGE = 500;

    /** Where to listen and how much to take on: request bodies up to {@code maxBodyBytes}, {@code workers} at once, {@code queue} waiting. */
    public record Options(String host, int port, int workers, int queue, Duration timeLimit, long maxBodyBytes) {
        /** Loopback only, on {@code port}: a server is reachable from elsewhere only when asked. */
        public static Options local(int port) {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Options("127.0.0.1", port, cores, 16 * cores, Duration.ofSeconds(30), 5_000_000);
        }
    }

    private final Javalin app;
    private final Workers workers;
    private final CorpusDatabase database;

    private ObservatoryServer(Javalin app, Workers workers, CorpusDatabase database) {
        this.app = app;
        this.workers = workers;
        this.database = database;
    }

    /**
     * Starts a server annotating with {@code nlp} and answering questions of {@code database}
     * (opened read-only; null for a server that only annotates), which the server closes when it stops.
     */
    public static ObservatoryServer start(Marsad nlp, CorpusDatabase database, Options options) {
        Workers workers = new Workers(options.workers(), options.queue(), options.timeLimit());
        AnnotateEndpoint annotate = new AnnotateEndpoint(nlp);
        CorpusQueries queries = database == null ? null : new CorpusQueries(database);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/marsad/serve/web";
                files.location = Location.CLASSPATH;
            });
        });
        ObservatoryServer server = new ObservatoryServer(app, workers, database);
        String openApi = openApi();
        app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok", "corpus", queries != null)));
        app.get("/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.post("/v1/annotate", ctx -> server.respond(ctx, () -> {
            AnnotateEndpoint.Response response = annotate.annotate(ctx.contentType(), ctx.body(), ctx.queryParam("format"));
            ctx.contentType(response.contentType()).result(response.body());
            return null;
        }));
        app.get("/v1/actors", ctx -> server.corpus(ctx, queries, () -> queries.actors(new CorpusQueries.ActorFilter(
                blankToNull(ctx.queryParam("q")), blankToNull(ctx.queryParam("type")), date(ctx, "from"), date(ctx, "to"),
                blankToNull(ctx.queryParam("publisher")), number(ctx, "limit", 20, MAX_PAGE), number(ctx, "offset", 0, Integer.MAX_VALUE)))));
        app.get("/v1/actors/{id}", ctx -> server.corpus(ctx, queries, () -> found(queries.actor(ctx.pathParam("id"),
                number(ctx, "top", 10, MAX_PAGE)), "no actor " + ctx.pathParam("id") + " in this corpus")));
        app.get("/v1/documents/{id}", ctx -> server.corpus(ctx, queries, () -> found(queries.document(ctx.pathParam("id")),
                "no document " + ctx.pathParam("id") + " in this corpus")));
        app.get("/v1/search", ctx -> server.corpus(ctx, queries, () -> queries.search(required(ctx, "q"),
                number(ctx, "limit", 20, MAX_PAGE), number(ctx, "offset", 0, Integer.MAX_VALUE))));
        app.get("/v1/cooccurrence", ctx -> server.corpus(ctx, queries, () -> queries.cooccurrence(
                blankToNull(ctx.queryParam("actor")), number(ctx, "limit", 50, MAX_PAGE))));
        app.get("/v1/publishers", ctx -> server.corpus(ctx, queries, queries::publishers));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus() == 413
                ? "the request body is larger than the server's limit of " + options.maxBodyBytes() + " bytes" : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the server failed on this request: " + e);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        app.start(options.host(), options.port());
        return server;
    }

    /** The port the server listens on (the one the system chose, when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        workers.close();
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                LOG.warn("Closing the corpus database failed", e);
            }
        }
    }

    /** A request's work on a worker; its result, when not null, as the JSON response. */
    private void respond(Context ctx, Callable<Object> work) {
        try {
            Object result = workers.run(work);
            if (result != null) {
                ctx.json(result);
            }
        } catch (Workers.Unavailable e) {
            error(ctx, 503, e.getMessage());
        } catch (BadRequest e) {
            error(ctx, 400, e.getMessage());
        } catch (NotFound e) {
            error(ctx, 404, e.getMessage());
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the server failed on this request: " + e);
        }
    }

    private void corpus(Context ctx, CorpusQueries queries, Callable<Object> work) {
        if (queries == null) {
            error(ctx, 404, "this server has no corpus database: start it with --db FILE");
        } else {
            respond(ctx, work);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** A resource the path names but the corpus does not hold. */
    private static final class NotFound extends Exception {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    private static JsonNode found(JsonNode node, String otherwise) throws NotFound {
        if (node == null) {
            throw new NotFound(otherwise);
        }
        return node;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Context ctx, String name) throws BadRequest {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) {
            throw new BadRequest("the query parameter " + name + " is required");
        }
        return value;
    }

    private static Date date(Context ctx, String name) throws BadRequest {
        String value = blankToNull(ctx.queryParam(name));
        try {
            return value == null ? null : Date.valueOf(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date, YYYY-MM-DD, not " + value);
        }
    }

    private static int number(Context ctx, String name, int otherwise, int max) throws BadRequest {
        String value = blankToNull(ctx.queryParam(name));
        try {
            int n = value == null ? otherwise : Integer.parseInt(value);
            if (n < 0 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number from 0 to " + max + ", not " + value);
        }
    }

    private static String openApi() {
        try (InputStream in = ObservatoryServer.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
