package org.marsad.format.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.format.DocumentWriter;

/**
 * Writes one self-contained HTML page for a run: an index of the documents and, for each, its
 * text right to left with mentions highlighted by type and a list of its actors that highlights
 * an actor's mentions when clicked. The page needs no network: its CSS and script are inlined
 * and it names only fonts installed locally.
 *
 * <p>Each document is written whole as it comes, so that memory does not grow with the run and a
 * resumed run can cut the page after any document (see {@code RunOutput}): the page's beginning
 * is written with the first document, its end on {@link #close()}. The index comes first on the
 * page but is only complete at the end, so each document carries its index row in a
 * {@code <template>} and the page's script moves the rows into the index table.
 */
public final class HtmlWriter implements DocumentWriter {
    private final OutputStream out;
    private boolean started;

    public HtmlWriter(OutputStream out) {
        this(out, false);
    }

    /** @param continuing whether {@code out} already holds the page's beginning (a resumed run) */
    public HtmlWriter(OutputStream out, boolean continuing) {
        this.out = out;
        this.started = continuing;
    }

    @Override
    public void write(Document document) {
        ArticleView view = ArticleView.of(document);
        String html = "<template class=\"index-row\">" + view.indexRow() + "</template>\n" + view.section();
        synchronized (this) {
            write(html);
        }
    }

    private void write(String html) {
        try {
            if (!started) {
                out.write(beginning().getBytes(StandardCharsets.UTF_8));
                started = true;
            }
            out.write(html.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String beginning() {
        StringBuilder page = new StringBuilder(1 << 14);
        page.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>مرصد · Marsad</title>\n<style>\n")
                .append(resource("view.css")).append("</style>\n</head>\n<body>\n<header class=\"page\">\n")
                .append("<h1>مرصد <span lang=\"en\" dir=\"ltr\">Marsad</span></h1>\n<ul class=\"legend\">");
        for (EntityType type : EntityType.values()) {
            page.append("<li><mark class=\"m ").append(type.name()).append("\">").append(type.name()).append("</mark></li>");
        }
        page.append("</ul>\n</header>\n<nav class=\"index\">\n<table>\n<thead><tr><th>العنوان</th><th>المصدر</th>")
                .append("<th>التاريخ</th><th>أبرز الفاعلين</th></tr></thead>\n<tbody>\n</tbody>\n</table>\n</nav>\n<main>\n");
        return page.toString();
    }

    @Override
    public synchronized void close() {
        write("</main>\n<script>\n" + resource("view.js") + "</script>\n</body>\n</html>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
