package org.casemgmt.platform.web.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.audit.AuditUnavailableException;
import org.casemgmt.platform.audit.AuditedAccess;
import org.casemgmt.platform.privacy.PersonalDataSubjects;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.web.Problems;
import org.casemgmt.platform.web.StoreOutage;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a POST carrying an {@code Idempotency-Key} header safe to retry: the first request with a key runs and its
 * response (status, body, {@code Location}) is stored; a retry with the same key and the same body gets that
 * response again, marked {@code Idempotent-Replayed: true}, without running anything. The same key with another
 * body is a client error (422); a retry while the first request still runs is told so (409, {@code Retry-After}).
 * A key is scoped to method, path and actor, so two users can never see each other's responses.
 *
 * <p>A request never runs twice once it may have taken effect: before its first write its record is marked as
 * applying ({@link ApplyingBeforeFirstWrite}). A server error (5xx) before any write is not stored, and the retry
 * runs again; one after a write, or an instance that died mid-request after writing, leaves the outcome unknown,
 * and a retry is told so (409 {@code idempotent-request-outcome-unknown}) instead of running again. A request left
 * in flight without writing anything for {@code abandoned-after} is taken over by a retry, and should the first one
 * still be alive it is stopped before it writes (409 {@code idempotent-request-taken-over}).
 *
 * <p>A response holding clients' personal data is kept sealed under their keys ({@link ResponseSeal}): once one of
 * them is erased, a retry gets 410 instead of their data. A replay of an audited call is itself on the audit trail,
 * as a {@code replay} read of the same resource.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter implements Ordered {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Seconds a retry of a request still in progress waits: most requests take well under one. */
    static final String RETRY_IN_PROGRESS_AFTER = "1";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecords records;
    private final CurrentActor actor;
    private final JsonMapper json;
    private final Supplier<ResponseSeal> seal;
    private final Supplier<AuditTrail> trail;

    /**
     * @param seal  asked for only when a response holds personal data, so a service without any needs no key
     * @param trail asked for only when the first request was on record; null when the service keeps no trail
     */
    IdempotencyKeyFilter(IdempotencyRecords records, CurrentActor actor, JsonMapper json, Supplier<ResponseSeal> seal,
                         Supplier<AuditTrail> trail) {
        this.records = records;
        this.actor = actor;
        this.json = json;
        this.seal = seal;
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY_HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            writeProblem(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Invalid Idempotency-Key", "An Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        HttpServletRequest handled;
        String fingerprint;
        if (isMultipart(request)) {
            fingerprint = multipartFingerprint(request);
            if (fingerprint == null) {
                // The parts could not be read (a file over the size limit): the handler answers the same problem.
                chain.doFilter(request, response);
                return;
            }
            handled = request;
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            fingerprint = sha256(body);
            handled = new CachedBodyRequest(request, body);
        }
        String scope = sha256(String.join("\n", key, request.getMethod(), request.getRequestURI(), actor.id())
                .getBytes(StandardCharsets.UTF_8));
        IdempotencyRecords.Claim claim;
        try {
            claim = records.claim(scope, fingerprint);
        } catch (RuntimeException e) {
            if (StoreOutage.cause(e) == null) {
                throw e;
            }
            // Nothing was run: the client retries with the same key once the store is back.
            log.warn("Could not look up Idempotency-Key of {}: the store cannot be reached ({})",
                    request.getRequestURI(), e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
            Problems.write(response, StoreOutage.problem(request.getRequestURI()), json);
            return;
        }
        switch (claim.outcome()) {
            case FIRST -> runAndStore(handled, response, chain, new ClaimedRequest(scope, claim.owner()));
            case COMPLETED -> replay(claim.stored(), request, response);
            case IN_PROGRESS -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_IN_PROGRESS_AFTER);
                writeProblem(request, response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                        "Request still in progress", "A request with this Idempotency-Key is still being processed. "
                                + "Retry once it has finished to get its response.");
            }
            case OUTCOME_UNKNOWN -> writeProblem(request, response, HttpStatus.CONFLICT,
                    "idempotent-request-outcome-unknown", "Outcome unknown", "The first request with this "
                            + "Idempotency-Key may have been applied; look the resource up, or send the request with "
                            + "a new key if it was not.");
            case DIFFERENT_REQUEST -> writeProblem(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused", "Idempotency-Key reused", "This Idempotency-Key was already used "
                            + "for a request with a different body. Use a new key for a new request.");
        }
    }

    private void runAndStore(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             ClaimedRequest claimed) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        request.setAttribute(ClaimedRequest.ATTRIBUTE, claimed);
        String scope = claimed.scope();
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            releaseIfTheStoreAllows(scope, claimed.owner(), e);
            throw e;
        }
        List<String> subjects = PersonalDataSubjects.of(request);
        try {
            if (recorded.getStatus() >= 500 || subjects.size() > ResponseSeal.MOST_SUBJECTS) {
                records.release(scope, claimed.owner());
            } else {
                byte[] body = subjects.isEmpty() ? recorded.getContentAsByteArray()
                        : seal.get().seal(recorded.getContentAsByteArray(), subjects);
                records.complete(scope, claimed.owner(), new IdempotencyRecords.StoredResponse(recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION), body, subjects,
                        ReplayAudit.of(AuditedAccess.of(request))));
            }
        } catch (RuntimeException e) {
            if (StoreOutage.cause(e) == null) {
                throw e;
            }
            // The request was handled: its answer goes out. A retry finds the key still being applied and is told
            // the outcome is unknown (look the resource up), as after a crash at this point.
            log.warn("Could not keep the answer of {} for its Idempotency-Key: the store cannot be reached ({})",
                    request.getRequestURI(), e.getMessage());
        }
        recorded.copyBodyToResponse();
    }

    private void replay(IdempotencyRecords.StoredResponse stored, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        byte[] body;
        try {
            body = stored.sealedUnder().isEmpty() ? stored.body() : seal.get().open(stored.body(), stored.sealedUnder());
        } catch (SubjectErasedException erased) {
            response.setHeader(REPLAYED_HEADER, "true");
            writeProblem(request, response, HttpStatus.GONE, "client-erased", "Client erased", "This request was "
                    + "already processed, but its response held personal data of a client who has since been "
                    + "erased, so it is no longer kept.");
            return;
        }
        if (stored.audit() != null) {
            try {
                trail.get().record(stored.audit().replayed(request.getMethod(), request.getRequestURI(),
                        stored.status()));
            } catch (AuditUnavailableException unrecorded) {
                // As for any audited call: nothing is handed out that is not on record.
                response.setHeader(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
                Problems.write(response, AuditUnavailableException.problem(request.getRequestURI()), json);
                return;
            }
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A failed request's key is freed for a retry; when the store is down, the failure that matters is the first. */
    private void releaseIfTheStoreAllows(String scope, String owner, Exception failure) {
        try {
            records.release(scope, owner);
        } catch (RuntimeException releaseFailed) {
            failure.addSuppressed(releaseFailed);
        }
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String slug, String title, String detail) throws IOException {
        Problems.write(response, Problems.of(status, slug, title, detail, request.getRequestURI()), json);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * A multipart body is fingerprinted by its parts (name, file name, content), not its bytes: a client sending the
     * same upload again picks a new boundary. The container keeps the parts it parsed here for the handler.
     */
    private static String multipartFingerprint(HttpServletRequest request) throws IOException, ServletException {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IllegalStateException overLimit) {
            return null;
        }
        StringBuilder fingerprint = new StringBuilder();
        for (Part part : parts.stream().sorted(Comparator.comparing(Part::getName)).toList()) {
            try (InputStream content = part.getInputStream()) {
                fingerprint.append(part.getName()).append('\n').append(part.getSubmittedFileName()).append('\n')
                        .append(sha256(content.readAllBytes())).append('\n');
            }
        }
        return sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security (-100), so the actor is known
    }

    /** The request with its body already read (to fingerprint it), readable again by the handler. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }
    }
}
