package org.marsad.format.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.write.DocumentWriter;

/**
 * Writes one self-contained HTML page for a run: an index of the documents and, for each, its
 * text right to left with mentions highlighted by type and a list of its actors that highlights
 * an actor's mentions when clicked. The page needs no network: its CSS and script are inlined
 * and it names only fonts installed locally. Documents are rendered as they come and the page is
 * written on {@link #close()}, since the index comes first.
 */
public final class HtmlWriter implements DocumentWriter {
    private static final int TOP_ACTORS = 3;

    private final OutputStream out;
    private final List<ArticleView> views = new ArrayList<>();

    public HtmlWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(Document document) {
        ArticleView view = ArticleView.of(document);
        synchronized (this) {
            views.add(view);
        }
    }

    @Override
    public synchronized void close() {
        StringBuilder page = new StringBuilder(1 << 16);
        page.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>مرصد · Marsad</title>\n<style>\n")
                .append(resource("view.css")).append("</style>\n</head>\n<body>\n<header class=\"page\">\n")
                .append("<h1>مرصد <span lang=\"en\" dir=\"ltr\">Marsad</span></h1>\n<ul class=\"legend\">");
        for (EntityType type : EntityType.values()) {
            page.append("<li><mark class=\"m ").append(type.name()).append("\">").append(type.name()).append("</mark></li>");
        }
        page.append("</ul>\n</header>\n<nav class=\"index\">\n<table>\n<thead><tr><th>العنوان</th><th>المصدر</th>")
                .append("<th>التاريخ</th><th>أبرز الفاعلين</th></tr></thead>\n<tbody>\n");
        for (ArticleView view : views) {
            page.append("<tr><td><a href=\"#").append(Html.escape(view.anchor())).append("\">").append(Html.escape(view.title()))
                    .append("</a></td><td>").append(Html.escape(view.publisher())).append("</td><td class=\"date\"><bdi>").append(view.date())
                    .append("</bdi>")
                    .append("</td><td>").append(Html.escape(view.actors().stream().limit(TOP_ACTORS)
                            .map(a -> a.entity().name()).collect(Collectors.joining("، "))))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</nav>\n<main>\n");
        views.forEach(view -> page.append(view.section()));
        page.append("</main>\n<script>\n").append(resource("view.js")).append("</script>\n</body>\n</html>\n");
        try {
            out.write(page.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
