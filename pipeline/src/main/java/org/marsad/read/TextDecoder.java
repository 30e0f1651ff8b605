package org.marsad.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a page to text. The order of trust: a charset the page or its HTTP header declares
 * (if the bytes decode in it), valid UTF-8, a UTF-16 byte-order mark, and last a choice between
 * the two single-byte Arabic charsets. ICU's detector alone confuses windows-1256 and
 * ISO-8859-6 on short texts, so each candidate is decoded and scored by how often words start
 * with the article ال, which real Arabic has in nearly every sentence and a wrong decoding
 * (ال is C7 E1 in windows-1256 but C7 E4 in ISO-8859-6) almost never; ICU's ranking breaks ties.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{IsArabic}])ال\\p{IsArabic}");
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /** The text of one page, refusing binary, empty and oversized input before it fills the heap. */
    public static String read(InputStream in, String declared, boolean html, long maxChars)
            throws IOException, BadInputException {
        long limit = maxChars * 4;   // no supported encoding takes more than 4 bytes a char
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw tooLarge(maxChars);
        }
        String text = decode(bytes, declared, html);
        if (text.length() > maxChars) {
            throw tooLarge(maxChars);
        }
        if (text.isBlank()) {
            throw new BadInputException("empty file");
        }
        return text;
    }

    static BadInputException tooLarge(long maxChars) {
        return new BadInputException("too large (more than " + maxChars + " characters; see --max-chars)");
    }

    /**
     * @param declared a charset named by the transport (an HTTP Content-Type), or null
     * @param html whether to look for a {@code <meta charset>} declaration
     * @throws BadInputException for binary content
     */
    public static String decode(byte[] bytes, String declared, boolean html) throws BadInputException {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16Bom) {
            return strict(bytes, StandardCharsets.UTF_16).orElseThrow(() -> new BadInputException("invalid UTF-16"));
        }
        if (looksBinary(bytes)) {
            throw new BadInputException("binary content");
        }
        String text = charset(declared).or(() -> html ? metaCharset(bytes) : Optional.empty())
                .flatMap(cs -> strict(bytes, cs))
                .or(() -> strict(bytes, StandardCharsets.UTF_8))
                .orElseGet(() -> arabicSingleByte(bytes));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** NUL bytes or many control characters in the first few kilobytes: no text format has those. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Optional<Charset> charset(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1));
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String arabicSingleByte(byte[] bytes) {
        String best = null;
        long bestScore = -1;
        for (Charset candidate : icuOrder(bytes)) {
            Optional<String> text = strict(bytes, candidate);
            long score = text.map(t -> ARTICLE.matcher(t).results().count()).orElse(-1L);
            if (score > bestScore) {
                best = text.get();
                bestScore = score;
            }
        }
        // windows-1256 maps every byte, so there is always a decoding.
        return best;
    }

    /** The Arabic charsets in the order ICU ranks them for these bytes; windows-1256 first when ICU has no view. */
    private static List<Charset> icuOrder(byte[] bytes) {
        List<Charset> order = new ArrayList<>(2);
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName().toLowerCase(Locale.ROOT);
            Charset cs = name.equals("windows-1256") ? WINDOWS_1256 : name.equals("iso-8859-6") ? ISO_8859_6 : null;
            if (cs != null && !order.contains(cs)) {
                order.add(cs);
            }
        }
        for (Charset cs : List.of(WINDOWS_1256, ISO_8859_6)) {
            if (!order.contains(cs)) {
                order.add(cs);
            }
        }
        return order;
    }
}
