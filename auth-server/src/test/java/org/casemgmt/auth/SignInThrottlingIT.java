package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in form refuses password guessing: five failures for a username, or eight here (twenty by default) from
 * an address, and further attempts are refused, the right password included, whether or not the user exists. Each
 * test signs in from addresses of its own, so their counts do not meet.
 */
@SpringBootTest(properties = "casemgmt.auth.sign-in.per-address=8")
@AutoConfigureMockMvc
class SignInThrottlingIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedFromAnyAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("worker.alex", "guess-" + i, "10.0.1.1").getRedirectedUrl()).isEqualTo("/login?error");
        }

        MockHttpServletResponse refused = signIn("worker.alex", "demo", "10.0.1.2");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentAsString()).contains("Too many failed sign-ins").contains("1 minute")
                .doesNotContain("worker.alex");
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyAsAKnownOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse unknown = signIn("nobody.here", "guess-" + i, "10.0.2.1");
            MockHttpServletResponse known = signIn("worker.bo", "guess-" + i, "10.0.2.2");
            assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(302);
            assertThat(unknown.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl());
        }

        MockHttpServletResponse unknown = signIn("nobody.here", "demo", "10.0.2.3");
        MockHttpServletResponse known = signIn("worker.bo", "demo", "10.0.2.4");

        assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(429);
        assertThat(unknown.getHeader("Retry-After")).isEqualTo(known.getHeader("Retry-After"));
        assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
    }

    @Test
    void anAddressTryingManyUsernamesIsRefusedForEveryUsername() throws Exception {
        for (int i = 0; i < 8; i++) {
            signIn("guess." + i, "demo", "10.0.3.1");
        }

        assertThat(signIn("supervisor.sam", "demo", "10.0.3.1").getStatus()).isEqualTo(429);
        assertThat(signIn("supervisor.sam", "demo", "10.0.3.2").getRedirectedUrl())
                .as("signed in from another address").doesNotContain("error");
    }

    @Test
    void aSuccessfulSignInClearsTheUsernamesFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn("admin.ada", "guess-" + i, "10.0.4." + i);
        }
        assertThat(signIn("admin.ada", "demo", "10.0.4.10").getRedirectedUrl()).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            signIn("admin.ada", "guess-" + i, "10.0.4." + (20 + i));
        }

        assertThat(signIn("admin.ada", "demo", "10.0.4.30").getRedirectedUrl()).doesNotContain("error");
    }

    /** As a browser does: the form, with its CSRF token in a fresh session, then the post. */
    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/login").session(session).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse().getContentAsString();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("a CSRF token in the sign-in form").isTrue();
        return mvc.perform(post("/login").session(session).param("username", username).param("password", password)
                .param("_csrf", csrf.group(1)).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }
}
