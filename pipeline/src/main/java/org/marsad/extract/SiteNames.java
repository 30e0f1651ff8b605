package org.marsad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.arabic.ResourceLines;

/** The names of Arabic news sites by host ({@code sites.txt}), and the host of a page's URL. */
final class SiteNames {
    private static final Map<String, String> NAMES = ResourceLines.of(SiteNames.class, "sites.txt").stream()
            .map(line -> line.split("\t", 2)).collect(Collectors.toUnmodifiableMap(p -> p[0].strip(), p -> p[1].strip()));

    private SiteNames() {
    }

    /** The listed name of the site of {@code url}: its host's, or that of the nearest listed domain above it. */
    static Optional<String> of(String url) {
        String host = host(url);
        while (!host.isEmpty()) {
            String name = NAMES.get(host);
            if (name != null) {
                return Optional.of(name);
            }
            int dot = host.indexOf('.');
            host = dot < 0 ? "" : host.substring(dot + 1);
        }
        return Optional.empty();
    }

    /** The host of a URL, lower case; empty when there is none. */
    static String host(String url) {
        return url == null ? "" : url.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("[/?#:].*", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A site's code rather than its name: a word of its host name ("alyaum" on www.alyaum.com). */
    static boolean isHostWord(String name, String url) {
        return name != null && List.of(host(url).split("\\.")).contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
