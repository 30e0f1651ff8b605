package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.marsad.document.Source;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a web archive (WARC, plain or gzipped), read record by record. Every HTML
 * response is a page: its target URI is the page's URL, its capture date the fallback publication
 * date, its HTTP Content-Type charset the declared encoding. Other records (warcinfo, requests,
 * metadata, images…) are skipped and counted, not reported as errors. A record's unit is the
 * archive's path and the record's byte offset, which stay the same from run to run.
 */
final class WarcPages {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final InputFile file;
    private final InputReader.Counted in;
    private final ReadOptions options;
    private final Consumer<InputError> errors;
    private int responses;

    WarcPages(InputFile file, InputReader.Counted in, ReadOptions options, Consumer<InputError> errors) {
        this.file = file;
        this.in = in;
        this.options = options;
        this.errors = errors;
    }

    Stream<Page> stream() throws IOException {
        WarcReader reader = new WarcReader(in);
        Iterator<Page> pages = new Iterator<>() {
            private Page next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    long offset = reader.position();
                    WarcRecord record;
                    try {
                        record = reader.next().orElse(null);
                    } catch (IOException | RuntimeException e) {
                        errors.accept(new InputError(file.path().toString(), 0, Long.toString(offset),
                                "malformed WARC record: " + e.getMessage()));
                        record = null;
                    }
                    if (record == null) {
                        options.listener().consumed(in.take());
                        return false;
                    }
                    next = page(record, Long.toString(offset));
                    options.listener().consumed(in.take());
                }
                return true;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page page = next;
                next = null;
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The page of an HTML response record; null (and counted or reported) for anything else. */
    private Page page(WarcRecord record, String offset) {
        String path = file.path().toString();
        Unit unit = new Unit(path, 0, offset);
        try {
            if (!(record instanceof WarcResponse response) || !isHtml(response.payloadType())) {
                String type = record instanceof WarcResponse response ? "response " + response.payloadType().base()
                        : record.type();
                options.listener().skippedRecord(unit, type);
                return null;
            }
            responses++;
            if (options.done().test(unit)) {
                return null;
            }
            String charset = response.http().contentType().parameters().get("charset");
            String text;
            try (InputStream body = response.http().body().stream()) {
                text = TextDecoder.read(body, charset, true, options.maxChars());
            }
            String date = record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
            Source source = new Source(path, response.target(), null);
            return new Page(file.id() + "/" + responses, source, Page.Format.HTML, text, null, date, unit);
        } catch (BadInputException e) {
            errors.accept(new InputError(path, 0, offset, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            errors.accept(new InputError(path, 0, offset, "cannot read record: " + e.getMessage()));
        }
        return null;
    }

    private static boolean isHtml(MediaType type) {
        return type != null && HTML_TYPES.contains(type.base().toString());
    }
}
