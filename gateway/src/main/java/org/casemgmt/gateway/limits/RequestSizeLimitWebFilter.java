package org.casemgmt.gateway.limits;

import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413 before they reach a service. A declared Content-Length is checked
 * up front; a chunked body is counted as it streams. The gateway's own RequestSize filter answers with an empty
 * body, and every error here must be a problem document, so the limit is enforced as an error the problem handler
 * renders.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitWebFilter implements WebFilter {

    /**
     * A stage's case documents, {@code /api/<stage>/<its case or intake path>/<id>/documents}, and the web console's
     * form that uploads one, {@code /console/cases/<id>/documents}.
     */
    private static final Pattern DOCUMENTS = Pattern.compile(
            "/api/[a-z]+/[a-z-]+/[^/]+/documents|/console/cases/[^/]+/documents");

    private final long maxBytes;
    private final long maxDocumentUploadBytes;

    RequestSizeLimitWebFilter(RequestSizeProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.maxDocumentUploadBytes = properties.maxDocumentUploadSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitOf(request);
        if (request.getHeaders().getContentLength() > limit) {
            return Mono.error(tooLarge(limit));
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(request, limit)).build());
    }

    long limitOf(ServerHttpRequest request) {
        MediaType contentType = request.getHeaders().getContentType();
        boolean documentUpload = HttpMethod.POST.equals(request.getMethod()) && contentType != null
                && MediaType.MULTIPART_FORM_DATA.includes(contentType)
                && DOCUMENTS.matcher(request.getPath().pathWithinApplication().value()).matches();
        return documentUpload ? maxDocumentUploadBytes : maxBytes;
    }

    private static ResponseStatusException tooLarge(long limit) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "The request body exceeds the gateway's limit of " + limit + " bytes.");
    }

    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
