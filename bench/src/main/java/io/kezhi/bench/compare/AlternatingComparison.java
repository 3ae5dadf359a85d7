package io.kezhi.bench.compare;

import io.kezhi.bench.Args;
import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.db.Vendor;
import io.kezhi.bench.feed.CsvReader;
import io.kezhi.bench.feed.FeederValues;
import io.kezhi.bench.monitor.CpuSampler;
import io.kezhi.bench.monitor.ProcessKind;
import io.kezhi.bench.report.OperationCatalog;
import io.kezhi.bench.sql.OperationRequest;
import io.kezhi.bench.sql.SessionClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares two running builds of the application on one operation, against the same database: both
 * sign in every bench user, each is warmed up, then they take turns, one window each per round (the
 * base first in odd rounds, the candidate first in even ones), with the same sequence of requests in a
 * round. Whole bench runs of one build after the other differ by tens of percent on this kind of
 * machine; alternating short windows puts both builds under the same conditions. Prints and writes
 * ({@code comparison.txt}, {@code comparison.json}) what {@link Comparison} sums up.
 *
 * <pre>java ... AlternatingComparison --base-url URL --base-pid PID --candidate-url URL --candidate-pid PID
 *     --feeders DIR --out DIR [--operation customer-list] [--rounds 6] [--window 20] [--warm-up 120]
 *     [--concurrency 2] [--database kezhi_bench] [--db postgres]</pre>
 */
public final class AlternatingComparison {

    private static final String COMPANY = "bench";
    private static final String PASSWORD = "Bench2026";
    private static final long ROUND_STRIDE = 1_000_000;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private record Contender(String name, String url, int pid) {
    }

    private final String operation;
    private final int concurrency;
    private final String database;
    private final boolean databaseCpu;
    private final Map<String, List<String>> values;

    private AlternatingComparison(String operation, int concurrency, String database, boolean databaseCpu,
            Map<String, List<String>> values) {
        this.operation = operation;
        this.concurrency = concurrency;
        this.database = database;
        this.databaseCpu = databaseCpu;
        this.values = values;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        String operation = options.getOrDefault("operation", "customer-list");
        if (!OperationCatalog.AVAILABLE.contains(operation)) {
            throw new IllegalArgumentException("--operation is one of " + OperationCatalog.AVAILABLE);
        }
        int rounds = positive(options, "rounds", 6);
        int window = positive(options, "window", 20);
        int warmUp = positive(options, "warm-up", 120);
        Path feeders = Path.of(Args.required(options, "feeders"));
        Path out = Path.of(Args.required(options, "out"));
        Contender base = new Contender("base", Args.required(options, "base-url"),
                processId(options, "base-pid"));
        Contender candidate = new Contender("candidate", Args.required(options, "candidate-url"),
                processId(options, "candidate-pid"));
        AlternatingComparison comparison = new AlternatingComparison(operation, positive(options, "concurrency", 2),
                options.getOrDefault("database", "kezhi_bench"), Vendor.of(options.getOrDefault("db", "postgres")) == Vendor.POSTGRES,
                FeederValues.read(feeders));
        List<Map<String, String>> users = users(feeders, operation);
        Map<Contender, List<Map<String, String>>> sessions = new HashMap<>();
        for (Contender c : List.of(base, candidate)) {
            sessions.put(c, signIn(c, users));
            System.out.printf("%s: %d users signed in%n", c.name(), sessions.get(c).size());
        }
        for (Contender c : List.of(base, candidate)) {
            comparison.window(c, sessions.get(c), 0, warmUp, -ROUND_STRIDE);
            System.out.printf("%s: warmed up for %d s%n", c.name(), warmUp);
        }
        List<Window> windows = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Contender> order = round % 2 == 1 ? List.of(base, candidate) : List.of(candidate, base);
            for (Contender c : order) {
                Window w = comparison.window(c, sessions.get(c), round, window, round * ROUND_STRIDE);
                windows.add(w);
                Window.Stats s = Window.pooled(List.of(w));
                System.out.printf("round %d %-9s %6d requests, p50 %.1f ms, p95 %.1f ms, %d errors, %.0f%% stolen%n",
                        round, c.name(), s.requests(), s.p50(), s.p95(), s.errors(), s.stolenPercent());
            }
        }
        Comparison summary = new Comparison(operation, base.name(), candidate.name(), windows);
        Files.createDirectories(out);
        Files.writeString(out.resolve("comparison.txt"), summary.table());
        Files.writeString(out.resolve("comparison.json"), JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(summary.json()));
        System.out.println();
        System.out.print(summary.table());
    }

    private static int processId(Map<String, String> options, String name) {
        Args.required(options, name);
        return positive(options, name, 0);
    }

    private static int positive(Map<String, String> options, String name, int otherwise) {
        String given = options.getOrDefault(name, Integer.toString(otherwise));
        try {
            int value = Integer.parseInt(given);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number of at least 1, not " + given);
    }

    /** The feeder's users (reps only for follow-up entry, as the load scenario), shuffled as the scenarios are. */
    private static List<Map<String, String>> users(Path feeders, String operation) throws Exception {
        List<Map<String, String>> users = new ArrayList<>(CsvReader.read(feeders.resolve("users.csv")).stream()
                .filter(u -> !operation.equals("follow-up-entry") || u.get("scope").equals("OWN")).toList());
        Collections.shuffle(users, new Random(42));
        return users;
    }

    /** Signs every user in to one application, two at a time; each user with its session cookie and token. */
    private static List<Map<String, String>> signIn(Contender c, List<Map<String, String>> users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<String, String>>> signedIn = new ArrayList<>();
            for (Map<String, String> user : users) {
                signedIn.add(pool.submit(() -> {
                    ApiClient client = new ApiClient(c.url()).login(COMPANY, user.get("username"), PASSWORD);
                    client.get("/api/v1/auth/csrf").ok(); // the token is renewed at sign-in
                    Map<String, String> session = new HashMap<>(user);
                    session.put("kzsession", client.cookie("KZSESSION").orElseThrow());
                    session.put("xsrf", client.cookie("XSRF-TOKEN").orElseThrow());
                    return session;
                }));
            }
            List<Map<String, String>> sessions = new ArrayList<>();
            for (Future<Map<String, String>> s : signedIn) {
                sessions.add(s.get());
            }
            return sessions;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code seconds} of the operation against one application, {@link #concurrency} users at once, each
     * taking the next request of the sequence that starts at {@code first}.
     */
    private Window window(Contender c, List<Map<String, String>> users, int round, int seconds, long first)
            throws Exception {
        SessionClient client = new SessionClient(c.url());
        CpuSampler cpu = new CpuSampler(c.pid(), database);
        ConcurrentLinkedQueue<Window.Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong(first);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        cpu.sample();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long k = next.getAndIncrement();
                        Map<String, String> user = users.get((int) Math.floorMod(k, (long) users.size()));
                        OperationRequest request = OperationRequest.of(operation, user, (int) Math.floorMod(k,
                                (long) Integer.MAX_VALUE), values);
                        SessionClient.Response response = client.send(request, user);
                        samples.add(new Window.Sample(user.get("scope"), response.nanos(), response.status()));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<ProcessKind, Double> used = cpu.sample();
        return new Window(c.name(), round, elapsed, List.copyOf(samples), used.getOrDefault(ProcessKind.APP, 0.0),
                databaseCpu ? used.getOrDefault(ProcessKind.POSTGRES_BENCH, 0.0) : Double.NaN,
                used.getOrDefault(ProcessKind.STOLEN, 0.0) / (elapsed * CORES) * 100);
    }
}
