package org.marsad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;
import org.marsad.pipeline.Annotator;

/**
 * Finds time expressions in the text and gives each its ISO 8601 value: Gregorian dates under
 * the three month-naming systems, Hijri dates (converted by ICU4J), numeric dates in Western or
 * Eastern Arabic digits, weekdays, times of day, ranges, and relative expressions resolved
 * against the document's publication date ({@link TimeRules}). Where expressions overlap the
 * longest wins, so "الثلاثاء 25 يوليو 2021" is one date, not a weekday and a date. It reads the
 * text alone, by patterns, and costs little beside the other stages.
 */
public final class TimeFinder implements Annotator {
    private static final Pattern TRIGGER = Pattern.compile("\\d|(?<![\\p{L}\\p{N}])[وفبل]{0,2}(?:" + TimeWords.TRIGGERS + ")");
    private static final int BEFORE = 40;
    private static final int AFTER = 60;

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TIMES);
    }

    @Override
    public Document annotate(Document document) {
        return document.withTimes(find(document.text(), new Anchor(document.published())));
    }

    /**
     * The stretches of text around a digit or a {@link TimeWords#TRIGGERS trigger word}, merged:
     * the rules are tried there only. One scan of the text instead of one per rule keeps the stage
     * cheap; a window reaches far enough back for what precedes a trigger (مطلع، يوم، صباح) and far
     * enough ahead for what follows it (a year after a month, the hour after الساعة).
     */
    static List<Span> windows(String folded) {
        List<Span> windows = new ArrayList<>();
        Matcher trigger = TRIGGER.matcher(folded);
        int start = -1;
        int end = -1;
        while (trigger.find()) {
            int from = Math.max(0, trigger.start() - BEFORE);
            if (from > end) {
                if (end > start) {
                    windows.add(new Span(start, end));
                }
                start = from;
            }
            end = Math.min(folded.length(), trigger.end() + AFTER);
        }
        if (end > start) {
            windows.add(new Span(start, end));
        }
        return windows;
    }

    static List<TimeExpression> find(String text, Anchor anchor) {
        String folded = ArabicText.foldInPlace(text);
        List<TimeExpression> candidates = new ArrayList<>();
        for (Span window : windows(folded)) {
            for (TimeRules.Rule rule : TimeRules.RULES) {
                // Transparent bounds: the rules' look-behinds see the text before the window.
                Matcher m = rule.pattern().matcher(folded).region(window.start(), window.end()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                while (m.find()) {
                    TimeExpression found = rule.read().apply(m, anchor);
                    if (found != null) {
                        candidates.add(found);
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((TimeExpression t) -> -t.span().length()).thenComparing(TimeExpression::span));
        // Kept expressions by start, so that a candidate meets only its neighbours: linear in a long text.
        TreeMap<Integer, TimeExpression> kept = new TreeMap<>();
        for (TimeExpression candidate : candidates) {
            Map.Entry<Integer, TimeExpression> before = kept.floorEntry(candidate.span().start());
            Map.Entry<Integer, TimeExpression> after = kept.ceilingEntry(candidate.span().start());
            if ((before == null || !before.getValue().span().overlaps(candidate.span()))
                    && (after == null || !after.getValue().span().overlaps(candidate.span()))) {
                kept.put(candidate.span().start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }
}
