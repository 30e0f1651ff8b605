package org.marsad.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.marsad.write.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} in lower case (jsonl, conllu, conll, html) and lists the formats in help. */
final class OutputFormatConverter implements ITypeConverter<OutputFormat>, Iterable<String> {

    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.named(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown format '" + value + "' (expected one of " + String.join(", ", this) + ")");
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(OutputFormat.values()).map(OutputFormat::label).iterator();
    }
}
