package org.marsad.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * A partition's outputs, one input's stream at a time. Stream.flatMap would do the same but for
 * memory: pulled through an iterator, it buffers each input's whole stream, a web archive's every
 * record. Closing ends the input being read (a WARC holds its file open), also when a task fails.
 */
final class PartitionOutputs implements Iterator<Output>, AutoCloseable {
    private final Worker worker;
    private final Iterator<Input> inputs;
    private Stream<Output> current = Stream.empty();
    private Iterator<Output> outputs = current.iterator();

    PartitionOutputs(Worker worker, Iterator<Input> inputs) {
        this.worker = worker;
        this.inputs = inputs;
    }

    @Override
    public boolean hasNext() {
        while (!outputs.hasNext()) {
            current.close();
            if (!inputs.hasNext()) {
                current = Stream.empty();
                outputs = current.iterator();
                return false;
            }
            current = worker.annotate(inputs.next());
            outputs = current.iterator();
        }
        return true;
    }

    @Override
    public Output next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return outputs.next();
    }

    @Override
    public void close() {
        current.close();
    }
}
