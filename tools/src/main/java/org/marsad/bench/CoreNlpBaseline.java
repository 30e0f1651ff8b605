package org.marsad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own Arabic pipeline (segmenting tokenizer, sentence split, POS) over the texts of a
 * JSONL file: the baseline Marsad's speed is measured against. Run in its own JVM by
 * {@link Benchmark}, so that its start-up and model loading count as Marsad's do.
 */
public final class CoreNlpBaseline {

    private CoreNlpBaseline() {
    }

    /** The properties of the baseline, as the issue states them. */
    public static Properties properties(int threads) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "ar");
        props.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
        props.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\\u061F]+");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
        props.setProperty("threads", String.valueOf(threads));
        return props;
    }

    /** Usage: {@code CoreNlpBaseline INPUT.jsonl THREADS}; prints the number of tokens tagged. */
    public static void main(String[] args) throws IOException {
        List<Annotation> documents = ArticleTexts.read(Path.of(args[0])).stream().map(Annotation::new).toList();
        int threads = Integer.parseInt(args[1]);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(threads));
        pipeline.annotate(documents, threads);
        long tokens = documents.stream().mapToLong(d -> d.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        System.out.println(tokens);
    }
}
