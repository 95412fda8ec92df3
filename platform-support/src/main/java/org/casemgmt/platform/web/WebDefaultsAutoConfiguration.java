package org.casemgmt.platform.web;

import java.util.List;

import org.casemgmt.platform.web.QueryParameters.PageParameterNames;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebDefaultsAutoConfiguration {

    /** The gateway on the same host, which is how the embedded default and a sidecar proxy run. */
    static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsHandler problemDetailsHandler(Environment environment) {
        DataSize maxFileSize = Binder.get(environment).bind("spring.servlet.multipart.max-file-size", DataSize.class)
                .orElse(null);
        return new ProblemDetailsHandler(maxFileSize == null ? -1 : maxFileSize.toBytes());
    }

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    TrustedProxyForwardedHeaderFilter trustedProxyForwardedHeaderFilter(Environment environment) {
        return new TrustedProxyForwardedHeaderFilter(Binder.get(environment)
                .bind("casemgmt.web.trusted-proxies", Bindable.listOf(String.class)).orElse(LOOPBACK));
    }

    @Bean
    WebMvcConfigurer queryParameterCheck(Environment environment) {
        PageParameterNames defaults = PageParameterNames.DEFAULTS;
        PageParameterNames paging = new PageParameterNames(
                environment.getProperty("spring.data.web.pageable.prefix", defaults.prefix()),
                environment.getProperty("spring.data.web.pageable.page-parameter", defaults.page()),
                environment.getProperty("spring.data.web.pageable.size-parameter", defaults.size()),
                environment.getProperty("spring.data.web.sort.sort-parameter", defaults.sort()),
                environment.getProperty("spring.data.web.pageable.qualifier-delimiter", defaults.qualifierDelimiter()),
                environment.getProperty("spring.data.web.pageable.one-indexed-parameters", Boolean.class, false)
                        ? 1 : defaults.firstPage());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new QueryParameterCheck(paging));
            }
        };
    }
}
