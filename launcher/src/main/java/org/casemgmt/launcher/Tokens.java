package org.casemgmt.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from the platform's auth server, as a command line gets them: a user's with the authorization code
 * flow and PKCE as the public {@code casemgmt-cli} client, driving the sign-in form the way a browser would; a partner
 * system's with client_credentials. Plain {@code java.net.http}, so the end-to-end tests and the bench need nothing
 * else; {@code bin/token} is the same flow with curl.
 */
public final class Tokens {

    public static final String CLI_CLIENT_ID = "casemgmt-cli";
    /** Never listened on: the code is read from the redirect's {@code Location} header. */
    public static final URI CLI_REDIRECT_URI = URI.create("http://127.0.0.1:8400/callback");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token was not issued: refused credentials, an unexpected answer, or no answer. */
    public static final class TokenException extends RuntimeException {

        TokenException(String message) {
            super(message);
        }

        TokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Tokens() {
    }

    /** A user's access token: signs in on the auth server's form, then exchanges the code with its PKCE verifier. */
    public static String forUser(URI issuer, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        String verifier = randomText();
        String state = randomText();
        URI authorize = endpoint(issuer, "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", CLI_CLIENT_ID,
                "redirect_uri", CLI_REDIRECT_URI.toString(),
                "scope", "openid casemgmt",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));

        // Not signed in yet: the endpoint keeps the request in the session and sends the browser to the form.
        URI loginPage = redirect(browser, page(authorize), "the authorization endpoint");
        String loginForm = send(browser, page(loginPage)).body();
        URI afterLogin = redirect(browser, HttpRequest.newBuilder(loginPage.resolve("login")).timeout(TIMEOUT)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "_csrf", csrfToken(loginForm, loginPage)))))
                .build(), "the sign-in form");
        if (afterLogin.getQuery() != null && afterLogin.getQuery().contains("error")) {
            throw new TokenException("sign-in refused for " + username + " (wrong username or password)");
        }

        // Signed in: the saved authorization request now answers with the code, on the redirect URI.
        URI callback = redirect(browser, page(afterLogin), "the authorization endpoint after sign-in");
        Map<String, String> parameters = queryParameters(callback);
        if (!callback.toString().startsWith(CLI_REDIRECT_URI + "?") || !parameters.containsKey("code")) {
            throw new TokenException("no authorization code for " + username + "; redirected to " + callback);
        }
        if (!state.equals(parameters.get("state"))) {
            throw new TokenException("the redirect carries another state than the one sent: " + callback);
        }
        return tokenResponse(browser, tokenRequest(issuer).POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                "grant_type", "authorization_code",
                "client_id", CLI_CLIENT_ID,
                "code", parameters.get("code"),
                "redirect_uri", CLI_REDIRECT_URI.toString(),
                "code_verifier", verifier)))), username);
    }

    /** A partner system's access token, acting for its own organisation (client_credentials, HTTP Basic). */
    public static String forClient(URI issuer, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        return tokenResponse(client, tokenRequest(issuer).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "client_credentials", "scope", "casemgmt")))), clientId);
    }

    private static HttpRequest.Builder tokenRequest(URI issuer) {
        return HttpRequest.newBuilder(endpoint(issuer, "/oauth2/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static String tokenResponse(HttpClient client, HttpRequest.Builder request, String forWhom) {
        HttpResponse<String> response = send(client, request.build());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new TokenException("no token for " + forWhom + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** Asks as a browser does: the authorization endpoint sends only HTML clients to the sign-in form. */
    private static HttpRequest page(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static URI redirect(HttpClient client, HttpRequest request, String what) {
        HttpResponse<String> response = send(client, request);
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
            throw new TokenException(what + " answered " + response.statusCode() + " without a redirect: "
                    + response.body());
        }
        return request.uri().resolve(location.get());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenException("no answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("interrupted while asking " + request.uri(), e);
        }
    }

    private static String csrfToken(String loginForm, URI loginPage) {
        Matcher input = CSRF_INPUT.matcher(loginForm);
        if (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            if (value.find()) {
                return value.group(1);
            }
        }
        throw new TokenException("no CSRF token in the sign-in form at " + loginPage);
    }

    private static URI endpoint(URI issuer, String pathAndQuery) {
        return URI.create(issuer.toString().replaceAll("/+$", "") + pathAndQuery);
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE S256: the token endpoint checks that the verifier hashes to the challenge the authorization carried. */
    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
