package org.casemgmt.platform.web;

import java.security.Principal;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads the actor from the servlet request. Spring Security, once added, exposes an authenticated user as the
 * request's principal (and an anonymous one as none), so this needs no compile-time dependency on it.
 */
class RequestCurrentActor implements CurrentActor {

    @Override
    public String id() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return UNIDENTIFIED;
        }
        return of(servlet.getRequest());
    }

    @Override
    public boolean hasRole(String role) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet && hasRole(servlet.getRequest(), role);
    }

    /** Like the roles, an authenticated user's agency must come from the authentication, never a header. */
    @Override
    public String agencyId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet) || servlet.getRequest().getUserPrincipal() != null) {
            return null;
        }
        String header = servlet.getRequest().getHeader(AGENCY_HEADER);
        return header == null || header.isBlank() ? null : header.strip();
    }

    /** An authenticated user's roles come from the authentication alone; the header could claim anything. */
    static boolean hasRole(HttpServletRequest request, String role) {
        if (request.getUserPrincipal() != null) {
            return request.isUserInRole(role);
        }
        String header = request.getHeader(ROLES_HEADER);
        return header != null && Arrays.stream(header.split(",")).map(String::strip).anyMatch(role::equalsIgnoreCase);
    }

    static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return principal.getName();
        }
        String header = request.getHeader(HEADER);
        return header == null || header.isBlank() ? UNIDENTIFIED : header.strip();
    }
}
