package io.github.camelmistral.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The loopback stand-in for the Mistral API that every benchmark talks to: the JDK server with TCP_NODELAY, a small
 * handler pool and one timer thread for latency, so a thousand delayed answers cost a thousand scheduled tasks, not
 * a thousand sleeping threads.
 *
 * <p>What the client asks for is in the request itself, so one stub serves every scenario: a chat model named
 * {@code lat-<ms>} is answered after that many milliseconds; {@code stream: true} is answered with {@link #deltas}
 * SSE deltas, the first of which carries the stub's send time ({@code t<epoch µs>}) so the client can tell how
 * long it took to see it; a request with tools and no tool result gets a tool call back.
 */
public final class StubServer implements AutoCloseable {

    static {
        // read once, when the JVM's first HttpServer is created: set before that
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_DELTA_PREFIX = "t";
    /** The text of each delta of a {@code big-<bytes>} streamed reply: 1 KiB. */
    static final String BIG_DELTA = "x".repeat(1024);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService timer;
    private final int deltas;
    private final String vectorJson;
    private final List<Map<String, Object>> batchJobs;
    private final Map<String, LongAdder> requests = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * @param deltas         the text deltas of a streamed reply
     * @param dimensions     the length of each embedding vector
     * @param historicJobs   finished batch jobs in the account's history
     * @param openJobs       batch jobs still running
     */
    public StubServer(int deltas, int dimensions, int historicJobs, int openJobs) throws IOException {
        this.deltas = deltas;
        this.vectorJson = vector(dimensions);
        this.batchJobs = batchJobs(historicJobs, openJobs);
        handlers = Executors.newFixedThreadPool(4, daemon("stub-handler"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("stub-timer"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4096);
        server.setExecutor(handlers);
        server.createContext("/v1/chat/completions", exchange -> handle(exchange, this::chat));
        server.createContext("/v1/embeddings", exchange -> handle(exchange, this::embeddings));
        server.createContext("/v1/batch/jobs", exchange -> handle(exchange, this::batchJobs));
        server.createContext("/v1/files", this::files);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests served so far on {@code path} (e.g. {@code /v1/batch/jobs}). */
    public long requests(String path) {
        LongAdder count = requests.get(path);
        return count == null ? 0 : count.sum();
    }

    /** The send time a first delta carries, in epoch microseconds, or -1 when {@code delta} carries none. */
    public static long sentAtMicros(String delta) {
        return delta.startsWith(FIRST_DELTA_PREFIX) ? Long.parseLong(delta.substring(1).trim()) : -1;
    }

    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange, byte[] body) throws IOException;
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        requests.computeIfAbsent(exchange.getHttpContext().getPath(), path -> new LongAdder()).increment();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        try {
            handler.handle(exchange, body);
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    /**
     * Uploads are read and thrown away, downloads of {@code file-<bytes>} are that many generated bytes: the stub
     * holds neither in memory, so a gigabyte either way measures the client alone.
     */
    private void files(HttpExchange exchange) throws IOException {
        requests.computeIfAbsent("/v1/files", path -> new LongAdder()).increment();
        String path = exchange.getRequestURI().getPath();
        try {
            if ("POST".equals(exchange.getRequestMethod())) {
                long received;
                try (InputStream in = exchange.getRequestBody()) {
                    received = in.transferTo(OutputStream.nullOutputStream());
                }
                sendJson(exchange, "{\"id\":\"file-" + received + "\",\"object\":\"file\",\"bytes\":" + received
                        + ",\"created_at\":" + (System.currentTimeMillis() / 1000) + ",\"filename\":\"upload.jsonl\","
                        + "\"purpose\":\"batch\",\"sample_type\":\"batch_input\",\"source\":\"upload\"}");
            } else if (path.endsWith("/content")) {
                long size = Long.parseLong(path.substring(path.indexOf("file-") + 5, path.lastIndexOf('/')));
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, size);
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) 'x');
                try (OutputStream out = exchange.getResponseBody()) {
                    for (long left = size; left > 0; left -= block.length) {
                        out.write(block, 0, (int) Math.min(block.length, left));
                    }
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    private void chat(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode request = JSON.readTree(body);
        String model = request.path("model").asText("");
        long latencyMs = model.startsWith("lat-") ? Long.parseLong(model.substring(4)) : 0;
        Runnable answer;
        if (request.path("stream").asBoolean(false)) {
            answer = () -> stream(exchange, model);
        } else if (request.has("tools") && !hasToolResult(request)) {
            answer = () -> sendJson(exchange, completion(model, null, toolCall(request)));
        } else {
            answer = () -> sendJson(exchange, completion(model, "Sunny, 21 degrees.", null));
        }
        if (latencyMs > 0) {
            timer.schedule(() -> handlers.execute(answer), latencyMs, TimeUnit.MILLISECONDS);
        } else {
            answer.run();
        }
    }

    private static boolean hasToolResult(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String toolCall(JsonNode request) {
        String name = request.path("tools").path(0).path("function").path("name").asText("tool");
        return "[{\"id\":\"call0001\",\"type\":\"function\",\"index\":0,\"function\":{\"name\":\"" + name
                + "\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]";
    }

    private String completion(String model, String content, String toolCalls) {
        String message = toolCalls == null
                ? "{\"role\":\"assistant\",\"content\":\"" + content + "\"}"
                : "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":" + toolCalls + "}";
        return "{\"id\":\"cmpl-" + ids.incrementAndGet() + "\",\"object\":\"chat.completion\",\"created\":"
                + (System.currentTimeMillis() / 1000) + ",\"model\":\"" + model + "\",\"choices\":[{\"index\":0,"
                + "\"message\":" + message + ",\"finish_reason\":\"" + (toolCalls == null ? "stop" : "tool_calls")
                + "\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7,\"total_tokens\":19}}";
    }

    private void stream(HttpExchange exchange, String model) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                String id = "cmpl-" + ids.incrementAndGet();
                long replyBytes = model.startsWith("big-") ? Long.parseLong(model.substring(4)) : 0;
                int count = replyBytes > 0 ? (int) Math.max(1, replyBytes / BIG_DELTA.length()) : deltas;
                for (int i = 0; i < count; i++) {
                    String text = replyBytes > 0 ? BIG_DELTA
                            : i == 0 ? FIRST_DELTA_PREFIX + nowMicros() + " " : "tok" + i + " ";
                    out.write(chunk(id, model, text, null).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write(chunk(id, model, "", "stop").getBytes(StandardCharsets.UTF_8));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    private static String chunk(String id, String model, String text, String finish) {
        return "data: {\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                + "\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"" + text
                + "\"},\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]"
                + (finish == null ? "" : ",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":200,\"total_tokens\":205}")
                + "}\n\n";
    }

    private void embeddings(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode input = JSON.readTree(body).path("input");
        int count = input.isArray() ? input.size() : 1;
        StringBuilder json = new StringBuilder(count * (vectorJson.length() + 48) + 128)
                .append("{\"id\":\"emb-").append(ids.incrementAndGet())
                .append("\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":").append(vectorJson).append('}');
        }
        json.append("],\"usage\":{\"prompt_tokens\":").append(count).append(",\"total_tokens\":").append(count)
                .append("}}");
        sendJson(exchange, json.toString());
    }

    private void batchJobs(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, List<String>> query = query(exchange.getRequestURI());
        List<String> statuses = query.getOrDefault("status", List.of()).stream()
                .flatMap(value -> List.of(value.split(",")).stream()).toList();
        long createdAfter = query.containsKey("created_after")
                ? Instant.parse(query.get("created_after").get(0)).getEpochSecond() : Long.MIN_VALUE;
        boolean newestFirst = "-created".equals(first(query, "order_by", "-created"));
        int page = Integer.parseInt(first(query, "page", "0"));
        int pageSize = Integer.parseInt(first(query, "page_size", "100"));
        List<Map<String, Object>> matching = batchJobs.stream()
                .filter(job -> statuses.isEmpty() || statuses.contains((String) job.get("status")))
                .filter(job -> (long) job.get("created_at") > createdAfter)
                .collect(Collectors.toCollection(ArrayList::new));
        if (newestFirst) {
            Collections.reverse(matching);
        }
        int from = Math.min(matching.size(), page * pageSize);
        List<Map<String, Object>> data = matching.subList(from, Math.min(matching.size(), from + pageSize));
        Map<String, Object> answer = Map.of("object", "list", "total", matching.size(), "data", data);
        sendJson(exchange, JSON.writeValueAsString(answer));
    }

    private static String first(Map<String, List<String>> query, String name, String otherwise) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return query;
    }

    /** Oldest first: the historic jobs finished long ago, the open ones were created among them. */
    private static List<Map<String, Object>> batchJobs(int historic, int open) {
        long start = System.currentTimeMillis() / 1000 - 3L * 24 * 3600;
        List<Map<String, Object>> jobs = new ArrayList<>(historic + open);
        int total = historic + open;
        int openEvery = open == 0 ? Integer.MAX_VALUE : Math.max(1, total / open);
        int opened = 0;
        for (int i = 0; i < total; i++) {
            boolean isOpen = opened < open && i % openEvery == openEvery - 1;
            opened += isOpen ? 1 : 0;
            Map<String, Object> job = new HashMap<>();
            long created = start + i * 10L;
            job.put("id", "job-" + i);
            job.put("object", "batch");
            job.put("input_files", List.of());
            job.put("endpoint", "/v1/chat/completions");
            job.put("model", "mistral-small-latest");
            job.put("errors", List.of());
            job.put("metadata", Map.of());
            job.put("status", isOpen ? "RUNNING" : "SUCCESS");
            job.put("created_at", created);
            job.put("started_at", created + 1);
            job.put("completed_at", isOpen ? null : created + 5);
            job.put("total_requests", 1);
            job.put("completed_requests", isOpen ? 0 : 1);
            job.put("succeeded_requests", isOpen ? 0 : 1);
            job.put("failed_requests", 0);
            jobs.add(job);
        }
        return List.copyOf(jobs);
    }

    private static String vector(int dimensions) {
        StringBuilder vector = new StringBuilder("[");
        for (int i = 0; i < dimensions; i++) {
            vector.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.6f", Math.sin(i) / 10));
        }
        return vector.append(']').toString();
    }

    private static void sendJson(HttpExchange exchange, String json) {
        try {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        handlers.shutdownNow();
    }
}
