package org.casemgmt.platform.web;

import java.security.Principal;

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

    static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return principal.getName();
        }
        String header = request.getHeader(HEADER);
        return header == null || header.isBlank() ? UNIDENTIFIED : header.strip();
    }
}
