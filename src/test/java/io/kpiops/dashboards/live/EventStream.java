package io.kpiops.dashboards.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test's reader of GET /api/dashboards/events: parses the stream into events as they arrive. */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(data);
        }
    }

    /** How long {@link #next} waits for an event before failing (a bound, not a measured time). */
    private static final long WAIT_SECONDS = 20;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile int status;

    EventStream(int port, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dashboards/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            status = r.statusCode();
            String[] name = {"message"};
            StringBuilder data = new StringBuilder();
            r.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name[0], data.toString()));
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            });
            events.add(new Event("end", ""));
        }, r -> Thread.ofVirtual().start(r));
    }

    int status() {
        return status;
    }

    /** The next event named {@code name}, skipping no other: an unexpected event fails the caller's assertion. */
    Event next() {
        try {
            Event e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no event within " + WAIT_SECONDS + " s");
            }
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the stream's first event, which proves it is registered on the server. */
    EventStream ready() {
        Event e = next();
        if (!e.name().equals("ready")) {
            throw new AssertionError("expected ready, got " + e);
        }
        return this;
    }

    @Override
    public void close() {
        response.cancel(true);
        http.shutdownNow();
    }
}
