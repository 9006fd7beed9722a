package io.github.camelmistral.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Uploads and downloads a file several times larger than the heap through {@code mistral:file} routes, against a
 * server that checks every byte without keeping them. {@link FileLargeStreamingTest} runs it in a JVM with a small
 * {@code -Xmx}: had either direction held the file in memory, it would have died of {@code OutOfMemoryError}.
 */
public final class LargeFileScenario {

    static final int CHUNK = 64 * 1024;

    private LargeFileScenario() {
    }

    /** args: the file size in MB, a work directory. Exits 0 when both directions carried every byte intact, else 1. */
    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        long size = Long.parseLong(args[0]) * 1024 * 1024;
        Path dir = Path.of(args[1]);
        byte[] chunk = chunk();
        long expectedCrc = crcOfRepeated(chunk, size);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        ReceivedUpload received = new ReceivedUpload();
        server.createContext("/v1/files", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                received.read(exchange);
                respond(exchange, "{\"id\":\"big\",\"object\":\"file\",\"bytes\":" + received.length
                                  + ",\"filename\":\"big.jsonl\",\"purpose\":\"batch\"}");
            } else {
                exchange.sendResponseHeaders(200, size);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (long sent = 0; sent < size; sent += CHUNK) {
                        out.write(chunk);
                    }
                }
            }
        });
        server.start();
        String mistral = "mistral:file?baseUrl=http://127.0.0.1:" + server.getAddress().getPort() + "&apiKey=sk-test";

        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upload").to(mistral + "&operation=upload&purpose=batch");
                    // stream caching would copy the download into memory at the next step: off for this route
                    from("direct:download").noStreamCaching()
                            .to(mistral + "&operation=download")
                            .to("file:" + dir + "?fileName=downloaded.bin");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            Path upload = writeRepeated(dir.resolve("big.jsonl"), chunk, size);
            MistralFile file = template.requestBody("direct:upload", upload.toFile(), MistralFile.class);
            received.verify(size);
            Files.delete(upload);
            System.out.println("uploaded " + file.bytes() + " bytes of multipart, file content intact");

            Exchange download = template.request("direct:download", e -> e.getIn().setHeader(MistralConstants.FILE_ID, "big"));
            if (download.getException() != null) {
                throw download.getException();
            }
            Path downloaded = dir.resolve("downloaded.bin");
            check("downloaded length", Files.size(downloaded), size);
            check("downloaded CRC", crcOf(downloaded), expectedCrc);
            System.out.println("downloaded " + Files.size(downloaded) + " bytes, content intact");
        } finally {
            server.stop(0);
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }

    /**
     * What the server saw of the multipart upload: its length, the CRC of the whole body, and its first bytes, from
     * which the part headers before the file content can be found.
     */
    private static final class ReceivedUpload {
        long length;
        final CRC32 crc = new CRC32();
        final byte[] head = new byte[4096];
        String boundary;

        void read(HttpExchange exchange) throws IOException {
            boundary = exchange.getRequestHeaders().getFirst("Content-Type").replaceFirst(".*boundary=", "");
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = exchange.getRequestBody()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (length < head.length) {
                        System.arraycopy(buffer, 0, head, (int) length, (int) Math.min(n, head.length - length));
                    }
                    crc.update(buffer, 0, n);
                    length += n;
                }
            }
        }

        /** The body must be the part headers, exactly the file, then the closing delimiter. */
        void verify(long fileSize) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int contentStart = text.indexOf("\r\n\r\n", text.indexOf("name=\"file\"")) + 4;
            byte[] partHeaders = Arrays.copyOf(head, contentStart);
            byte[] closing = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            check("uploaded length", length, partHeaders.length + fileSize + closing.length);
            CRC32 expected = new CRC32();
            expected.update(partHeaders);
            byte[] chunk = chunk();
            for (long done = 0; done < fileSize; done += CHUNK) {
                expected.update(chunk);
            }
            expected.update(closing);
            check("uploaded CRC", crc.getValue(), expected.getValue());
        }
    }

    /** The file is this pseudo-random chunk over and over: a CRC checks it, nobody keeps it. */
    private static byte[] chunk() {
        byte[] chunk = new byte[CHUNK];
        new Random(42).nextBytes(chunk);
        return chunk;
    }

    private static Path writeRepeated(Path file, byte[] chunk, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    private static long crcOfRepeated(byte[] chunk, long size) {
        CRC32 crc = new CRC32();
        for (long done = 0; done < size; done += chunk.length) {
            crc.update(chunk);
        }
        return crc.getValue();
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(what + " is " + actual + ", expected " + expected);
        }
    }
}
