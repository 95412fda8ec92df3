package org.casemgmt.platform.openapi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * A service that serves its OpenAPI document (springdoc on the classpath) describes itself and the platform's
 * conventions the same way as every other: see {@link PlatformOpenApi} and {@link StandardResponses}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration")
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OpenApiAutoConfiguration {

    @Bean
    PlatformOpenApi platformOpenApi(@Value("${spring.application.name:service}") String applicationName,
                                    ObjectProvider<BuildProperties> build) {
        return new PlatformOpenApi(applicationName, build.getIfAvailable());
    }

    @Bean
    StandardResponses standardResponses() {
        return new StandardResponses();
    }
}
