package org.casemgmt.platform.web;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.web.QueryParameters.Accepted;
import org.casemgmt.platform.web.QueryParameters.PageParameterNames;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before anything is bound, a query parameter the controller method does not read (a typo, a guessed
 * filter such as {@code agencyId}, an operator injection such as {@code status[$ne]=x}), a page number or size
 * that is not a whole number in range and a sort that is not field names: a 400 problem naming them, where binding would have failed with a 500 and a
 * stack trace per request, or silently ignored them. A method that reads the raw request is still spared names that
 * no binder could mean (brackets, dots, {@code $}).
 */
class QueryParameterCheck implements HandlerInterceptor {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A sort value's parts: field names (dotted for nested ones) and asc, desc or ignorecase. */
    private static final Pattern SORT_PART =
            Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}(\\.[A-Za-z][A-Za-z0-9_]{0,63})*");

    private final PageParameterNames paging;
    private final Map<Method, Accepted> accepted = new ConcurrentHashMap<>();

    QueryParameterCheck(PageParameterNames paging) {
        this.paging = paging;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Accepted expected = accepted.computeIfAbsent(method.getMethod(),
                signature -> QueryParameters.acceptedBy(method, paging));
        Set<String> refused = new LinkedHashSet<>();
        for (String name : namesIn(request.getQueryString())) {
            if (!PLAIN_NAME.matcher(name).matches() || !expected.accepts(name)) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            throw new UnknownQueryParameterException(refused, expected.anyName() ? null : expected.names());
        }
        for (String name : expected.pageNames()) {
            requireWholeNumber(request, name, paging.firstPage());
        }
        for (String name : expected.sizeNames()) {
            requireWholeNumber(request, name, 1);
        }
        for (String name : expected.sortNames()) {
            requireFieldNames(request, name);
        }
        return true;
    }

    /** A sort order goes to MongoDB as field names: one such as {@code $where} would fail there, with a 500. */
    private static void requireFieldNames(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        for (String value : values == null ? new String[0] : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank() && !SORT_PART.matcher(part.strip()).matches()) {
                    throw new InvalidQueryParameterException(name,
                            "must be field names, then asc or desc, like startedAt,desc");
                }
            }
        }
    }

    /** Spring Data would read a bad number as the first page, and a huge one as a page it cannot skip to. */
    private static void requireWholeNumber(HttpServletRequest request, String name, int minimum) {
        String value = request.getParameter(name);
        if (value == null) {
            return;
        }
        boolean valid;
        try {
            valid = Integer.parseInt(value.strip()) >= minimum;
        } catch (NumberFormatException notAnInt) {
            valid = false;
        }
        if (!valid) {
            throw new InvalidQueryParameterException(name, "must be a whole number from " + minimum + " to "
                    + Integer.MAX_VALUE);
        }
    }

    /** The names in the query string only: form fields of a body are not query parameters. */
    static Set<String> namesIn(String queryString) {
        Set<String> names = new LinkedHashSet<>();
        if (queryString == null || queryString.isEmpty()) {
            return names;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isEmpty()) {
                names.add(decoded(name));
            }
        }
        return names;
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
