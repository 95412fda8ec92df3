package org.casemgmt.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casemgmt.platform.inbox.MalformedEventException;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The configuration every service shares, added once as the lowest-precedence property source so that a
 * service's own {@code application.yml}, its environment and its command line still win.
 *
 * <ul>
 *   <li>Every Spring Cloud Stream consumer binding: group = the application name; 4 attempts with exponential
 *       backoff (500 ms, x2, at most 5 s), then a dead letter ({@code <topic>.dlq}, see the
 *       {@code DlqDestinationResolver} bean; the binder creates it with the binding) carrying the binder's {@code x-exception-*} and
 *       {@code x-original-*} headers. A {@link MalformedEventException} is not retried.</li>
 *   <li>The Kafka binder connects where {@code spring.kafka.bootstrap-servers} says, like the outbox relay.</li>
 *   <li>The auditor endpoint answers under {@code /api/<stage>/audit}, e.g. {@code /api/intake/audit} for
 *       {@code intake-service} ({@code casemgmt.audit.base-path}).</li>
 *   <li>Forwarded headers are honoured from the trusted proxies only ({@code casemgmt.web.trusted-proxies}, see the
 *       web defaults), so a service behind the gateway describes itself by the gateway's address and nobody else
 *       can make it describe itself by theirs: Spring Boot's own handling, which trusts everyone, is off.</li>
 *   <li>A page holds at most 100 entries ({@code spring.data.web.pageable.max-page-size}).</li>
 *   <li>Actuator: liveness and readiness probes, readiness including MongoDB and the Kafka binder; every request
 *       traced, ids in the log lines. Metrics name internal addresses, databases and topics, so info, metrics and
 *       prometheus are exposed only on a management port of their own ({@code management.server.port}, bound to
 *       loopback unless {@code management.server.address} says otherwise); on the application's port, health
 *       alone.</li>
 * </ul>
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "casemgmtPlatformDefaults";
    static final String AUDIT_BASE_PATH = "casemgmt.audit.base-path";
    static final String EXPOSURE = "management.endpoints.web.exposure.include";

    private static final Pattern CONSUMER_DESTINATION =
            Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            Map<String, Object> defaults = defaults();
            defaults.putAll(deadLetterTopicNames(environment));
            defaults.put(AUDIT_BASE_PATH, auditBasePath(environment));
            defaults.putAll(actuatorExposure(environment));
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
        }
    }

    /** {@code /api/<stage>/audit}, the stage being the application name without {@code -service}. */
    static String auditBasePath(ConfigurableEnvironment environment) {
        return "/api/" + environment.getProperty("spring.application.name", "service").replaceFirst("-service$", "")
                + "/audit";
    }

    /**
     * Health everywhere; what describes the inside of the service only on a management port of its own, reachable
     * from this host only unless configured (Boot refuses a management address without such a port).
     */
    static Map<String, Object> actuatorExposure(ConfigurableEnvironment environment) {
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return Map.of(EXPOSURE, "health");
        }
        return Map.of(EXPOSURE, "health,info,metrics,prometheus", "management.server.address", "127.0.0.1");
    }

    /**
     * Names each consumer binding's DLQ {@code <destination>.dlq} so that the binder creates that topic when it
     * provisions the binding (the {@code DlqDestinationResolver} bean routes to the same name; without the name
     * the binder would create an unused {@code error.<destination>.<group>} topic instead, which a broker with access
     * lists refuses, and the service never starts). A binding of several topics is named after the first: the
     * resolver still routes each record to its own topic's {@code .dlq}, which the service may write.
     */
    static Map<String, Object> deadLetterTopicNames(ConfigurableEnvironment environment) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String property : enumerable.getPropertyNames()) {
                    Matcher binding = CONSUMER_DESTINATION.matcher(property);
                    String destination = binding.matches() ? environment.getProperty(property) : null;
                    if (destination != null && !destination.isBlank()) {
                        names.putIfAbsent("spring.cloud.stream.kafka.bindings." + binding.group(1)
                                + ".consumer.dlq-name", destination.split(",")[0].strip() + ".dlq");
                    }
                }
            }
        }
        return names;
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.cloud.stream.default.group", "${spring.application.name}");
        defaults.put("spring.cloud.stream.default.consumer.max-attempts", 4);
        defaults.put("spring.cloud.stream.default.consumer.back-off-initial-interval", 500);
        defaults.put("spring.cloud.stream.default.consumer.back-off-multiplier", 2.0);
        defaults.put("spring.cloud.stream.default.consumer.back-off-max-interval", 5000);
        defaults.put("spring.cloud.stream.default.consumer.retryable-exceptions["
                + MalformedEventException.class.getName() + "]", false);
        // One Kafka consumer per binding, not one per topic of a binding: monitoring listens to 35 topics, and 35
        // idle consumers fetched 70 times a second between them, each with its own threads and buffers.
        defaults.put("spring.cloud.stream.default.consumer.multiplex", true);
        // An idle consumer's fetch waits this long at the broker before it is answered empty and sent again; a record
        // ends the wait at once, so this costs no latency, only the idle platform's round trips (500 ms by default).
        defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.fetch.max.wait.ms", 5000);
        // A dead letter goes to the partition its record came from: its dead-letter topic has as many (the launcher,
        // compose's kafka-access and the Kubernetes topics make them so), and one case's dead letters stay in order.
        defaults.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", true);
        // An instance that dies without leaving its group holds its partitions until this runs out: 10 s, not
        // Kafka's 45, before another instance of the service takes its cases over.
        defaults.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", 10000);
        defaults.put("spring.cloud.stream.kafka.binder.brokers", "${spring.kafka.bootstrap-servers:localhost:9092}");
        defaults.put("spring.cloud.stream.kafka.binder.enable-observation", true);

        // A case document may be as large as casemgmt.documents.max-size (the upload checks it again). A body over the
        // limit is read to its end and dropped, so that its sender gets the 413 problem instead of a reset connection.
        defaults.put("spring.servlet.multipart.max-file-size", "${casemgmt.documents.max-size:10MB}");
        defaults.put("spring.servlet.multipart.max-request-size", "-1");
        defaults.put("server.tomcat.max-swallow-size", "-1");

        // Not Boot's: it would take X-Forwarded-* from anyone. The platform's filter takes them from the gateway only.
        defaults.put("server.forward-headers-strategy", "none");
        // Brackets as a client types them (?status[$ne]=x) reach the query check, which answers the problem document;
        // Tomcat would refuse them itself with an HTML page and a stack trace in the log.
        defaults.put("server.tomcat.relaxed-query-chars", "[,]");
        // A bigger size is cut to this; a bigger page number is an empty page past the end (FilterQuery).
        defaults.put("spring.data.web.pageable.max-page-size", 100);
        // The embedded authorisation server's address (bin/run); elsewhere the issuer is configured, e.g. Keycloak's.
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:9000");

        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,binders");
        // A service without bindings has no "binders" contributor; that must not stop it from starting.
        defaults.put("management.endpoint.health.validate-group-membership", false);
        defaults.put("management.tracing.sampling.probability", 1.0);
        // Spring Security observes each of its filters and each authorisation decision: spans nobody reads, at a cost
        // on every request. The request's own span and the store's and the broker's stay.
        defaults.put("management.observations.enable.spring.security", false);
        defaults.put("logging.pattern.correlation",
                "[${spring.application.name:},%X{traceId:-},%X{spanId:-},%X{" + Correlation.MDC_KEY + ":-}] ");
        return defaults;
    }
}
