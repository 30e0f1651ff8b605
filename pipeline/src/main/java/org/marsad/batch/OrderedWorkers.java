package org.marsad.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on a pool of threads and hands the results to one
 * consumer thread in input order: output is the same whatever the thread count, and the
 * submitting thread blocks once {@code 2 × threads} items are in flight, so memory stays bounded
 * however long the input is.
 */
final class OrderedWorkers<T, R> implements AutoCloseable {
    private final ExecutorService pool;
    private final BlockingQueue<Future<R>> inFlight;
    private final Function<T, R> work;
    private final Thread drain;
    private volatile Throwable failure;
    /** Whether the failure was thrown already: thrown again on close, it would be suppressed by itself. */
    private boolean thrown;

    OrderedWorkers(int threads, Function<T, R> work, Consumer<R> sink, String name) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-worker");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(2 * threads);
        this.work = work;
        this.drain = new Thread(() -> drain(sink), name + "-writer");
        drain.start();
    }

    void submit(T item) {
        rethrow();
        Future<R> future;
        try {
            future = pool.submit(() -> work.apply(item));
        } catch (RejectedExecutionException e) {
            rethrow();   // the consumer failed and shut the pool down as we submitted
            throw e;
        }
        try {
            inFlight.put(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void drain(Consumer<R> sink) {
        try {
            while (true) {
                Future<R> next = inFlight.take();
                if (next == END) {
                    return;
                }
                sink.accept(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        pool.shutdownNow();
        inFlight.clear();   // unblock a submitter waiting for room
    }

    private void rethrow() {
        Throwable t = failure;
        thrown |= t != null;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Waits until every submitted item has been consumed, then rethrows any failure of the consumer. */
    @Override
    public void close() {
        try {
            if (drain.isAlive()) {
                inFlight.put(endMarker());
            }
            drain.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        if (!thrown) {
            rethrow();
        }
    }

    @SuppressWarnings("unchecked")
    private Future<R> endMarker() {
        return (Future<R>) END;
    }

    private static final Future<Object> END = java.util.concurrent.CompletableFuture.completedFuture(null);
}
