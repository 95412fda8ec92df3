package org.casemgmt.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;

class ResourceServerPropertiesTest {

    private static final String PREFIX = "spring.security.oauth2.resourceserver";

    @Test
    void byDefaultTheGatewayTrustsTheEmbeddedAuthorisationServerAndFindsItsKeysFromItsMetadata() {
        OAuth2ResourceServerProperties.Jwt jwt = ApplicationYaml.bind(PREFIX, OAuth2ResourceServerProperties.class,
                Map.of()).getJwt();

        assertThat(jwt.getIssuerUri()).isEqualTo("http://localhost:9000");
        assertThat(jwt.getJwkSetUri()).isNull();
    }

    @Test
    void theIssuerAndItsKeySetAreSetFromTheEnvironment() {
        OAuth2ResourceServerProperties.Jwt jwt = ApplicationYaml.bind(PREFIX, OAuth2ResourceServerProperties.class,
                Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://id.agency.example/realms/cases",
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI",
                        "http://keycloak:8080/realms/cases/protocol/openid-connect/certs")).getJwt();

        assertThat(jwt.getIssuerUri()).isEqualTo("https://id.agency.example/realms/cases");
        assertThat(jwt.getJwkSetUri()).isEqualTo("http://keycloak:8080/realms/cases/protocol/openid-connect/certs");
    }
}
