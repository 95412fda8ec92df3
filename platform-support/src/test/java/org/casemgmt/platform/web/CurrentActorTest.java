package org.casemgmt.platform.web;

import java.security.Principal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentActorTest {

    private final CurrentActor actor = new RequestCurrentActor();
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void isTheAuthenticatedPrincipalWhenThereIsOne() {
        Principal worker = () -> "worker-9";
        request.setUserPrincipal(worker);
        request.addHeader("X-Actor-Id", "someone-else");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.id()).isEqualTo("worker-9");
    }

    @Test
    void isTheActorHeaderWithoutAuthentication() {
        request.addHeader("X-Actor-Id", "worker-4");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.id()).isEqualTo("worker-4");
    }

    @Test
    void isUnidentifiedWithoutEither() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.id()).isEqualTo("unidentified");
    }

    @Test
    void isUnidentifiedOutsideARequest() {
        assertThat(actor.id()).isEqualTo("unidentified");
    }

    @Test
    void holdsTheRolesOfTheRolesHeaderWithoutAuthentication() {
        request.addHeader("X-Actor-Roles", "CASE_WORKER, supervisor");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.hasRole("SUPERVISOR")).isTrue();
        assertThat(actor.hasRole("CASE_WORKER")).isTrue();
        assertThat(actor.hasRole("AUDITOR")).isFalse();
    }

    @Test
    void anAuthenticatedUsersRolesComeFromTheAuthenticationNotTheHeader() {
        request.setUserPrincipal(() -> "worker-9");
        request.addUserRole("CASE_WORKER");
        request.addHeader("X-Actor-Roles", "SUPERVISOR");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.hasRole("SUPERVISOR")).isFalse();
        assertThat(actor.hasRole("CASE_WORKER")).isTrue();
    }

    @Test
    void holdsNoRoleOutsideARequest() {
        assertThat(actor.hasRole("SUPERVISOR")).isFalse();
    }

    @Test
    void actsForTheAgencyOfTheAgencyHeaderWithoutAuthentication() {
        request.addHeader("X-Actor-Agency", "agency-a");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.agencyId()).isEqualTo("agency-a");
    }

    @Test
    void anAuthenticatedUserActsForNoAgencyAHeaderClaims() {
        request.setUserPrincipal(() -> "worker-9");
        request.addHeader("X-Actor-Agency", "agency-b");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.agencyId()).isNull();
    }

    @Test
    void actsForNoAgencyWhenNoneIsSaidOrOutsideARequest() {
        assertThat(actor.agencyId()).isNull();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(actor.agencyId()).isNull();
    }
}
