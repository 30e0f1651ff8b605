package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
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
 *
 * <p>A {@code .warc.gz} is read gzip member by member ({@link GzipMember}): a corrupt or cut
 * member is one error at its own offset, and reading goes on at the next member, so the records
 * around it are neither blamed nor lost. (A plain WARC has no such boundaries to resume at: its
 * first malformed record ends its reading.)
 */
final class WarcPages {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final InputFile file;
    private final String path;
    private final ReadOptions options;
    private final Consumer<InputError> errors;
    private int responses;

    /** {@code path} names the archive in pages, units and errors; {@code file.path()} is where its bytes are. */
    WarcPages(InputFile file, String path, ReadOptions options, Consumer<InputError> errors) {
        this.file = file;
        this.path = path;
        this.options = options;
        this.errors = errors;
    }

    Stream<Page> stream() throws IOException {
        Pages pages = file.gzipped() ? new Members(FileChannel.open(file.path())) : new Plain();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        pages.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** An iterator over pages that finds each with {@link #advance()}. */
    private abstract static class Pages implements Iterator<Page>, AutoCloseable {
        private Page next;

        /** The next page, or null at the end; a record that is no page is skipped inside. */
        abstract Page advance();

        @Override
        public abstract void close() throws IOException;

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
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
    }

    /** A plain WARC, read straight through by jwarc. */
    private final class Plain extends Pages {
        private final InputReader.Counted in = new InputReader.Counted(Files.newInputStream(file.path()));
        private final WarcReader reader = new WarcReader(in);

        Plain() throws IOException {
        }

        @Override
        Page advance() {
            while (true) {
                try {
                    WarcRecord record = reader.next().orElse(null);
                    if (record == null) {
                        options.listener().consumed(in.take());
                        return null;
                    }
                    // Once next() returns, position() is the record's offset.
                    Page page = page(record, Long.toString(reader.position()));
                    options.listener().consumed(in.take());
                    if (page != null) {
                        return page;
                    }
                } catch (IOException | RuntimeException e) {
                    // next() moves position() to the record it fails to parse before it fails.
                    errors.accept(new InputError(path, 0, Long.toString(reader.position()),
                            "malformed WARC record: " + e.getMessage()));
                    options.listener().consumed(in.take());
                    return null;
                }
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** A gzipped WARC, member by member; after a corrupt member, reading goes on at the next one. */
    private final class Members extends Pages {
        private final FileChannel channel;
        /** The offset of the member being read. */
        private long start;
        private long reported;
        private GzipMember member;
        private WarcReader reader;
        private int records;

        Members(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        Page advance() {
            while (true) {
                String unit = Long.toString(start);
                try {
                    if (reader == null) {
                        if (start >= channel.size()) {
                            return null;
                        }
                        member = GzipMember.at(channel, start);
                        reader = new WarcReader(member);
                        records = 0;
                    }
                    WarcRecord record = reader.next().orElse(null);
                    if (record == null) {
                        moveTo(member.end());
                        continue;
                    }
                    // One record a member is the rule; a member holding more names the others by their rank.
                    unit = records++ == 0 ? unit : start + "/" + records;
                    Page page = page(record, unit);
                    if (page != null) {
                        return page;
                    }
                } catch (IOException | RuntimeException e) {
                    String reason = e instanceof GzipMember.Corrupt ? e.getMessage() : "malformed WARC record: " + e.getMessage();
                    errors.accept(new InputError(path, 0, unit, reason));
                    try {
                        moveTo(GzipMember.nextStart(channel, start + 1));
                    } catch (IOException unreadable) {
                        errors.accept(new InputError(path, 0, unit, "cannot read: " + unreadable.getMessage()));
                        return null;
                    }
                }
            }
        }

        private void moveTo(long next) {
            if (member != null) {
                member.close();
            }
            member = null;
            reader = null;
            start = next;
            options.listener().consumed(start - reported);
            reported = start;
        }

        @Override
        public void close() throws IOException {
            if (member != null) {
                member.close();
            }
            channel.close();
        }
    }

    /**
     * The page of an HTML response record; null (and counted or reported) for anything else.
     *
     * @throws IOException when the record's bytes cannot be read (the reader's caller reports it)
     */
    private Page page(WarcRecord record, String offset) throws IOException {
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
        }
        return null;
    }

    private static boolean isHtml(MediaType type) {
        return type != null && HTML_TYPES.contains(type.base().toString());
    }
}
