package io.kezhi.bench.generate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates chunks on worker threads while the calling thread writes the previous ones, strictly in
 * chunk order. A chunk's content depends only on its index, so the result is the same whatever the
 * number of threads; at most {@code threads + 1} chunks are in memory at once.
 */
public final class ChunkPipeline {

    /** Makes chunk number i (on a worker thread). */
    public interface Generator<C> {
        C generate(int index) throws Exception;
    }

    /** Writes a chunk (on the calling thread, in order). */
    public interface Writer<C> {
        void write(int index, C chunk) throws Exception;
    }

    private ChunkPipeline() {
    }

    public static <C> void run(int chunks, int threads, Generator<C> generator, Writer<C> writer) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "generator");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<C>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int written = 0; written < chunks; written++) {
                while (next < chunks && inFlight.size() <= threads) {
                    int index = next++;
                    inFlight.add(workers.submit(() -> generator.generate(index)));
                }
                C chunk;
                try {
                    chunk = inFlight.poll().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                writer.write(written, chunk);
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
