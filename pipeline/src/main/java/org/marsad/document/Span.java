package org.marsad.document;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text, so that
 * {@code text.substring(start, end)} is the spanned surface. Serialised formats convert these
 * to code points (see {@link CodePointIndex}).
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
