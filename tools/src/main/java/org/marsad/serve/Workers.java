package org.marsad.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where requests do their work: a fixed number of threads and a bounded queue, so that a flood of
 * requests is turned away (503) instead of growing memory, and a time limit per request, so that
 * one slow request answers 503 in time instead of holding its client forever.
 */
final class Workers implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Duration limit;

    /** Why a request got no answer: the queue was full, or the work took longer than the limit. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    Workers(int threads, int queue, Duration limit) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread thread = new Thread(task, "marsad-serve-worker");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.limit = limit;
    }

    /** Runs {@code work} on a worker and waits for it, within the time limit. */
    <T> T run(Callable<T> work) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new Unavailable("the server is busy: every worker is taken and the queue is full; try again shortly");
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Unavailable("the request took longer than the server's limit of " + limit.toMillis() / 1000.0 + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
