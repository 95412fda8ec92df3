package org.casemgmt.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A stand-in for the authorisation server: it publishes a JSON Web Key Set over HTTP and signs access tokens with
 * the claims the real one issues ({@code sub}, {@code agency}, {@code roles}, the audience {@value #AUDIENCE} and the
 * scope {@value #SCOPE}). A service under test is configured
 * with its issuer and key-set URI ({@link #resourceServerProperties()}) and then validates these tokens through
 * exactly the code path it uses in production, which is what lets a test present an expired, foreign or badly
 * signed token and see the 401.
 */
public final class TestIssuer {

    public static final String ISSUER = "https://issuer.casemgmt.test";
    public static final String OTHER_ISSUER = "https://someone-else.example";
    /** The audience and the scope every resource server of the platform requires by default. */
    public static final String AUDIENCE = "casemgmt";
    public static final String SCOPE = "casemgmt";

    private static TestIssuer shared;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final HttpServer server;

    private TestIssuer() {
        signingKey = rsaKey("casemgmt-test-key");
        strangerKey = rsaKey(signingKey.getKeyID());
        server = publishKeySet(new JWKSet(signingKey.toPublicJWK()).toString());
    }

    /** One issuer per JVM, so Spring contexts cached across test classes keep validating its tokens. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** The Spring Boot properties that make a resource server trust this issuer. */
    public Map<String, String> resourceServerProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
    }

    /** A valid token for a member of staff. */
    public String tokenFor(String subject, String agency, String... roles) {
        return token(subject, agency, roles).encode();
    }

    /** The {@code Authorization} header value carrying {@link #tokenFor}. */
    public String bearer(String subject, String agency, String... roles) {
        return "Bearer " + tokenFor(subject, agency, roles);
    }

    /** A token to adjust before encoding, for tests of what a resource server must refuse. */
    public Token token(String subject, String agency, String... roles) {
        return new Token(subject, agency, List.of(roles));
    }

    /** An access token under construction; every variation a refusal test needs is one call. */
    public final class Token {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String issuer = ISSUER;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(30);
        private RSAKey key = signingKey;

        private Token(String subject, String agency, List<String> roles) {
            claims.put("sub", subject);
            claims.put("agency", agency);
            claims.put("roles", roles);
            claims.put("aud", List.of(AUDIENCE));
            // A space-separated string, as Keycloak writes it; Spring Authorization Server writes an array.
            claims.put("scope", "openid " + SCOPE);
        }

        public Token expired() {
            issuedAt = Instant.now().minus(Duration.ofHours(2));
            lifetime = Duration.ofMinutes(30);
            return this;
        }

        public Token issuedBy(String otherIssuer) {
            issuer = otherIssuer;
            return this;
        }

        /** Signed with a key the issuer never published, under the published key's id. */
        public Token signedByStranger() {
            key = strangerKey;
            return this;
        }

        /** Meant for another API than the platform's. */
        public Token forAudience(String audience) {
            claims.put("aud", List.of(audience));
            return this;
        }

        /** Granted these scopes only, e.g. none of the platform's. */
        public Token withScope(String scope) {
            claims.put("scope", scope);
            return this;
        }

        public Token without(String claim) {
            claims.remove(claim);
            return this;
        }

        public String encode() {
            JwtClaimsSet.Builder body = JwtClaimsSet.builder().issuer(issuer).issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(lifetime)).id(UUID.randomUUID().toString());
            claims.forEach(body::claim);
            NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
            JwsHeader header = JwsHeader.with(() -> "RS256").keyId(key.getKeyID()).build();
            return encoder.encode(JwtEncoderParameters.from(header, body.build())).getTokenValue();
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static HttpServer publishKeySet(String keySetJson) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = keySetJson.getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not publish the test key set", e);
        }
    }
}
