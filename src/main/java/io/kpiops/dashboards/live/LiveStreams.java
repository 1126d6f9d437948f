package io.kpiops.dashboards.live;

import io.kpiops.platform.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open event streams of this node. Each stream knows only its {@link TenantScope} (a user's or, later, a TV
 * display's), gets the events of the clients that scope allows, a heartbeat comment every {@value #HEARTBEAT_SECONDS}
 * seconds so that proxies keep it open, and is ended when its access token expires (an {@code expired} event first,
 * so the browser refreshes its session and reconnects). At most {@value #MAX_PER_OWNER} streams per owner: opening
 * one more ends the owner's oldest (a tab that reconnects before its dead stream is noticed must not be refused).
 */
@Component
class LiveStreams {

    static final int MAX_PER_OWNER = 5;
    static final long HEARTBEAT_SECONDS = 20;
    /** The longest a stream lives when its credentials carry no expiry. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(15);

    private final Map<String, List<Stream>> byOwner = new ConcurrentHashMap<>();
    private final List<Stream> all = new CopyOnWriteArrayList<>();
    // one ordered delivery thread: events reach each stream in the order they were committed
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("live-delivery").factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-timer").daemon().factory());
    private final JsonMapper json;
    private final Clock clock;

    LiveStreams(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        timer.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** One open stream. */
    private record Stream(SseEmitter emitter, TenantScope scope, String owner) {}

    /** Opens a stream for {@code scope}, ended at {@code expiresAt} (or after {@link #MAX_LIFETIME}). */
    SseEmitter open(TenantScope scope, String owner, Instant expiresAt) {
        Instant now = clock.instant();
        Instant end = expiresAt == null || expiresAt.isAfter(now.plus(MAX_LIFETIME)) ? now.plus(MAX_LIFETIME) : expiresAt;
        long millis = Math.max(0, Duration.between(now, end).toMillis());
        // the servlet timeout is only a backstop behind the scheduled end below
        SseEmitter emitter = new SseEmitter(millis + Duration.ofMinutes(1).toMillis());
        Stream stream = new Stream(emitter, scope, owner);
        emitter.onCompletion(() -> remove(stream));
        emitter.onTimeout(() -> remove(stream));
        emitter.onError(e -> remove(stream));
        List<Stream> owned = byOwner.computeIfAbsent(owner, o -> new CopyOnWriteArrayList<>());
        owned.add(stream);
        all.add(stream);
        while (owned.size() > MAX_PER_OWNER) {
            Stream oldest = owned.getFirst();
            remove(oldest);
            oldest.emitter().complete();
        }
        send(stream, SseEmitter.event().name("ready").data(json.writeValueAsString(Map.of("expires_at", end.toString())),
                MediaType.APPLICATION_JSON).reconnectTime(3000));
        timer.schedule(() -> expire(stream), millis, TimeUnit.MILLISECONDS);
        return emitter;
    }

    /** Sends the event to every stream whose scope allows its client, in order, off the caller's thread. */
    void deliver(LiveEvent event) {
        String data = json.writeValueAsString(event);
        delivery.execute(() -> {
            for (Stream s : all) {
                if (s.scope().allows(event.clientId())) {
                    send(s, SseEmitter.event().name("entry-changed").data(data, MediaType.APPLICATION_JSON));
                }
            }
        });
    }

    /** The number of open streams (for tests and metrics). */
    int open() {
        return all.size();
    }

    private void heartbeat() {
        for (Stream s : all) {
            send(s, SseEmitter.event().comment("heartbeat"));
        }
    }

    private void expire(Stream s) {
        if (all.contains(s)) {
            send(s, SseEmitter.event().name("expired").data("{}", MediaType.APPLICATION_JSON));
            remove(s);
            s.emitter().complete();
        }
    }

    /** A failed write means the browser is gone: the stream is dropped. */
    private void send(Stream s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            remove(s);
            s.emitter().completeWithError(e);
        }
    }

    private void remove(Stream s) {
        all.remove(s);
        List<Stream> owned = byOwner.get(s.owner());
        if (owned != null) {
            owned.remove(s);
            byOwner.computeIfPresent(s.owner(), (o, l) -> l.isEmpty() ? null : l);
        }
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
        delivery.shutdownNow();
        for (Stream s : new ArrayList<>(all)) {
            remove(s);
            try {
                s.emitter().complete();
            } catch (IllegalStateException e) {
                // the container has already let go of the response
            }
        }
    }
}
