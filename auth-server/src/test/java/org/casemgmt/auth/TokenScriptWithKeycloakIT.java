package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/token --issuer <Keycloak realm>}: a stand-in answering as Keycloak 26 does (checked against it by hand):
 * its endpoints only in the discovery document, its sign-in form on the authorization endpoint's own page, the
 * form's action an absolute URL with {@code &amp;} in it and no CSRF field, the code straight after the post, and the
 * password grant allowed for casemgmt-cli.
 */
class TokenScriptWithKeycloakIT {

    private static final String REALM = "/realms/casemgmt";
    private static final String SIGN_IN = REALM + "/login-actions/authenticate";
    private static final String SIGN_IN_QUERY = "session_code=c0de&execution=e1&client_id=casemgmt-cli&tab_id=t1";

    private HttpServer keycloak;
    /** Where bin/token is pointed: the stand-in's address. */
    private String address;
    /** What it calls itself: its address, or in compose http://keycloak:8080, which only the containers resolve. */
    private String issuer;
    private final Map<String, String> pending = new LinkedHashMap<>();

    @BeforeEach
    void startKeycloakStandIn() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        address = "http://127.0.0.1:" + keycloak.getAddress().getPort() + REALM;
        issuer = address;
        keycloak.createContext(REALM + "/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                        + "/protocol/openid-connect/auth\",\"token_endpoint\":\"" + issuer
                        + "/protocol/openid-connect/token\"}"));
        keycloak.createContext(REALM + "/protocol/openid-connect/auth", exchange -> {
            Map<String, String> request = parameters(exchange.getRequestURI().getRawQuery());
            pending.put("state", request.get("state"));
            pending.put("challenge", request.get("code_challenge"));
            pending.put("redirect_uri", request.get("redirect_uri"));
            exchange.getResponseHeaders().add("Set-Cookie", "AUTH_SESSION_ID=s1; Path=/");
            answer(exchange, 200, loginPage());
        });
        keycloak.createContext(SIGN_IN, exchange -> {
            Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            boolean sameSession = SIGN_IN_QUERY.equals(exchange.getRequestURI().getRawQuery())
                    && URI.create(issuer).getAuthority().equals(exchange.getRequestHeaders().getFirst("Host"))
                    && String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")).contains("AUTH_SESSION_ID=s1");
            if (sameSession && "worker.alex".equals(form.get("username")) && "demo".equals(form.get("password"))) {
                exchange.getResponseHeaders().add("Location", pending.get("redirect_uri") + "?state="
                        + pending.get("state") + "&session_state=x&iss=" + issuer + "&code=kc-code.1");
                answer(exchange, 302, "");
            } else {
                answer(exchange, 200, loginPage().replace("<form", "<span>Invalid username or password.</span><form"));
            }
        });
        keycloak.createContext(REALM + "/protocol/openid-connect/token", exchange -> {
            Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String token = switch (form.get("grant_type")) {
                case "authorization_code" -> "kc-code.1".equals(form.get("code"))
                        && pending.get("challenge").equals(s256(form.get("code_verifier"))) ? "user-token" : null;
                case "password" -> "demo".equals(form.get("password")) ? "password-token" : null;
                case "client_credentials" -> exchange.getRequestHeaders().getFirst("Authorization") != null
                        ? "partner-token" : null;
                default -> null;
            };
            answer(exchange, token == null ? 400 : 200, token == null ? "{\"error\":\"invalid_grant\"}"
                    : "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":1800}");
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void signsAUserInThroughKeycloaksFormWithPkce() {
        assertThat(TokenScript.run("--issuer", address, "worker.alex").token()).isEqualTo("user-token");
    }

    @Test
    void reachesAKeycloakThatNamesItselfByANameOnlyItsNetworkKnowsAtTheAddressGiven() {
        issuer = "http://keycloak:8080" + REALM;

        assertThat(TokenScript.run("--issuer", address, "worker.alex").token()).isEqualTo("user-token");
        assertThat(TokenScript.run("--issuer", address, "--client", "shelter-north-system", "demo-secret").token())
                .isEqualTo("partner-token");
    }

    @Test
    void aWrongPasswordOnKeycloaksFormIsRefused() {
        TokenScript refused = TokenScript.run("--issuer", address, "worker.alex", "guess");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.error()).contains("sign-in refused for worker.alex");
    }

    @Test
    void usesThePasswordGrantWhenAskedAndClientCredentialsForAPartner() {
        assertThat(TokenScript.run("--issuer", address, "--password-grant", "worker.alex").token())
                .isEqualTo("password-token");
        assertThat(TokenScript.run("--issuer", address, "--client", "shelter-north-system", "demo-secret").token())
                .isEqualTo("partner-token");
    }

    /** Keycloak's form tag spans lines; its action is absolute, with HTML's {@code &amp;}. */
    private String loginPage() {
        return "<!DOCTYPE html><html><body>\n<form id=\"kc-form-login\" onsubmit=\"login.disabled = true;\"\n"
                + "      action=\"" + issuer.replace(REALM, "") + SIGN_IN + "?"
                + SIGN_IN_QUERY.replace("&", "&amp;") + "\" method=\"post\">\n"
                + "<input id=\"username\" name=\"username\" type=\"text\"/>\n"
                + "<input id=\"password\" name=\"password\" type=\"password\"/>\n"
                + "<input type=\"hidden\" id=\"id-hidden-input\" name=\"credentialId\"/>\n</form></body></html>";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
