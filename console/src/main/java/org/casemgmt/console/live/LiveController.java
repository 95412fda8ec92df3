package org.casemgmt.console.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.casemgmt.console.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;

/**
 * The live stream of an open page ({@code GET /live?cases=...&since=...}): a server-sent event {@code change} whenever
 * something happens to one of the cases it shows or names the user's agency, from {@code since}, when the page was put
 * together (epoch milliseconds), on. Its data is one line the page announces (an ARIA
 * live region); the page's sections then fetch themselves again.
 */
@RestController
class LiveController {

    /** Held open this long; the browser's EventSource then connects again by itself. */
    private static final long STREAM_MILLIS = 30 * 60 * 1000L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LiveUpdates updates;
    private final MessageSource messages;
    private final Clock clock;

    LiveController(LiveUpdates updates, MessageSource messages, Clock clock) {
        this.updates = updates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(SignedInUser user, @RequestParam(defaultValue = "") String cases,
            @RequestParam(required = false) Long since, Locale locale) throws IOException {
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        Set<String> shown = Arrays.stream(cases.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        LiveUpdates.Listener listener = new LiveUpdates.Listener() {
            @Override
            public String agency() {
                return user.agency();
            }

            @Override
            public Set<String> cases() {
                return shown;
            }

            @Override
            public void changed(CaseChange change) throws IOException {
                emitter.send(SseEmitter.event().name("change").data(announcement(change, locale)));
            }
        };
        emitter.onCompletion(() -> updates.stopListening(listener));
        emitter.onTimeout(() -> updates.stopListening(listener));
        emitter.onError(failure -> updates.stopListening(listener));
        updates.listen(listener);
        // What changed after the page was put together and before this stream opened, the page asks again for.
        if (since != null) {
            for (CaseChange missed : updates.since(Instant.ofEpochMilli(since))) {
                if (missed.concerns(user.agency(), shown)) {
                    listener.changed(missed);
                }
            }
        }
        return emitter;
    }

    /** "12:03:04 Referral accepted", escaped: the page puts it in as HTML. */
    private String announcement(CaseChange change, Locale locale) {
        String what = messages.getMessage("live.topic." + change.topic(), null, change.topic(), locale);
        String at = LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME);
        return HtmlUtils.htmlEscape(messages.getMessage("live.changed", new Object[] {at, what}, locale));
    }
}
