package org.casemgmt.platform.web;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.ServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.MatrixVariable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;

/**
 * The query parameters a controller method reads, from its signature, as Spring MVC binds them: each
 * {@code @RequestParam} (or simple-typed parameter without annotation), the properties of a bound object such as a
 * filter record, and a {@link Pageable}'s page, size and sort. A method that takes the raw request or a map of all
 * parameters reads whatever it likes: it has no such list.
 */
final class QueryParameters {

    private static final Set<Class<? extends Annotation>> NOT_FROM_THE_QUERY = Set.of(
            PathVariable.class, RequestBody.class, RequestHeader.class, CookieValue.class, RequestAttribute.class,
            SessionAttribute.class, RequestPart.class, MatrixVariable.class, Value.class);

    private QueryParameters() {
    }

    /** What {@code method} reads from the query string. */
    static Accepted acceptedBy(HandlerMethod method, PageParameterNames paging) {
        Accepted accepted = new Accepted(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), false);
        boolean anyName = false;
        for (MethodParameter parameter : method.getMethodParameters()) {
            anyName |= !addNamesOf(parameter, paging, accepted);
        }
        return new Accepted(anyName ? Set.of() : Set.copyOf(accepted.names()), Set.copyOf(accepted.pageNames()),
                Set.copyOf(accepted.sizeNames()), Set.copyOf(accepted.sortNames()), anyName);
    }

    /**
     * @param names     the query parameters the method reads
     * @param pageNames the parameters holding a page number (a {@link Pageable}'s), checked to be one
     * @param sizeNames the parameters holding a page size
     * @param sortNames the parameters holding a sort order, passed on to the store as field names
     * @param anyName   the method reads the request or a map of every parameter itself, so any name may be for it
     */
    record Accepted(Set<String> names, Set<String> pageNames, Set<String> sizeNames, Set<String> sortNames,
                    boolean anyName) {

        boolean accepts(String name) {
            return anyName || names.contains(name);
        }
    }

    /** @return false if the parameter gives the method every query parameter, whatever its name */
    private static boolean addNamesOf(MethodParameter parameter, PageParameterNames paging, Accepted accepted) {
        Set<String> names = accepted.names();
        Class<?> type = parameter.getParameterType();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            if (Map.class.isAssignableFrom(type)) {
                return false;
            }
            addIfKnown(names, StringUtils.hasText(requestParam.name()) ? requestParam.name()
                    : parameter.getParameterName());
            return true;
        }
        if (NOT_FROM_THE_QUERY.stream().anyMatch(parameter::hasParameterAnnotation)) {
            return true;
        }
        if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
            return false;
        }
        if (Pageable.class.isAssignableFrom(type)) {
            Qualifier qualifier = parameter.getParameterAnnotation(Qualifier.class);
            String qualified = qualifier == null || qualifier.value().isEmpty() ? ""
                    : qualifier.value() + paging.qualifierDelimiter();
            accepted.pageNames().add(qualified + paging.prefix() + paging.page());
            accepted.sizeNames().add(qualified + paging.prefix() + paging.size());
            accepted.sortNames().add(qualified + paging.sort());
            names.addAll(accepted.pageNames());
            names.addAll(accepted.sizeNames());
            names.addAll(accepted.sortNames());
            return true;
        }
        if (Sort.class.isAssignableFrom(type)) {
            accepted.sortNames().add(paging.sort());
            names.add(paging.sort());
            return true;
        }
        if (BeanUtils.isSimpleProperty(type)) {
            addIfKnown(names, parameter.getParameterName());
            return true;
        }
        names.addAll(boundProperties(type));
        return true;
    }

    /** What a data binder sets on {@code type}: its constructor's (a record's components) and its setters' names. */
    private static Collection<String> boundProperties(Class<?> type) {
        Set<String> properties = new TreeSet<>();
        try {
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            properties.addAll(List.of(BeanUtils.getParameterNames(constructor)));
        } catch (IllegalStateException | IllegalArgumentException noUsableConstructor) {
            // an interface or a type with several constructors: bound through its setters only
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                properties.add(property.getName());
            }
        }
        return properties;
    }

    private static void addIfKnown(Set<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    /**
     * The names of Spring Data's paging parameters, as {@code spring.data.web.*} configures them.
     *
     * @param firstPage 1 with {@code one-indexed-parameters}, else 0
     */
    record PageParameterNames(String prefix, String page, String size, String sort, String qualifierDelimiter,
                              int firstPage) {

        static final PageParameterNames DEFAULTS = new PageParameterNames("", "page", "size", "sort", "_", 0);
    }
}
