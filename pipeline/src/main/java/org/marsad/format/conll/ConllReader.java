package org.marsad.format.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.document.Token;
import org.marsad.format.DocumentBuilder;
import org.marsad.format.FormatException;

/**
 * Reads CoNLL NER data (the first column is the token, the last its IOB2 tag, so CoNLL-2003's
 * four columns read too). The format keeps no spacing: the text is rebuilt with one space
 * between tokens and a line break between sentences, and mentions span whole tokens. Documents
 * are numbered {@code doc-1, doc-2 …} in order, since {@code -DOCSTART-} names none.
 */
public final class ConllReader {

    private ConllReader() {
    }

    public static List<Document> read(BufferedReader in, String sourcePath) throws IOException {
        List<Document> documents = new ArrayList<>();
        DocumentBuilder doc = null;
        int line = 0;
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            line++;
            String[] cols = l.strip().split("\\s+");
            if (cols[0].equals(ConllWriter.DOCSTART) || doc == null) {
                add(documents, doc);
                doc = new DocumentBuilder("doc-" + (documents.size() + 1), Source.ofPath(sourcePath));
            }
            if (cols[0].equals(ConllWriter.DOCSTART)) {
                continue;
            }
            if (l.isBlank()) {
                doc.endSentence();
                continue;
            }
            if (cols.length < 2) {
                throw new FormatException(line, "expected a token and its tag");
            }
            if (!doc.isEmpty()) {
                doc.space(doc.inSentence() ? " " : "\n");
            }
            Token token = Token.of(doc.surface(cols[0]));
            doc.tag(token.span(), cols[cols.length - 1], null);
            doc.add(token);
        }
        add(documents, doc);
        return documents;
    }

    private static void add(List<Document> documents, DocumentBuilder doc) {
        if (doc != null && !doc.isEmpty()) {
            documents.add(doc.build());
        }
    }
}
