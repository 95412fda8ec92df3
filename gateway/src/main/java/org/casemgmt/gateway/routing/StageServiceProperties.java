package org.casemgmt.gateway.routing;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each stage's service listens: {@code casemgmt.services.<stage>.url}, e.g. the environment variable
 * {@code CASEMGMT_SERVICES_INTAKE_URL}. The stages themselves are the keys of this map. An {@code http(s)://} URL is
 * one instance, or a load balancer of its own (a Kubernetes Service); {@code lb://<service>} has the gateway balance
 * over the instances listed under {@code spring.cloud.discovery.client.simple.instances.<service>}.
 */
@ConfigurationProperties("casemgmt")
record StageServiceProperties(Map<String, StageService> services) {

    record StageService(URI url) {
    }
}
