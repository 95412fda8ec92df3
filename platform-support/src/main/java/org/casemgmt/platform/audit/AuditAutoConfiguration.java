package org.casemgmt.platform.audit;

import java.time.Clock;

import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.casemgmt.platform.outbox.OutboxAutoConfiguration",
        "org.casemgmt.platform.web.WebDefaultsAutoConfiguration",
        "org.casemgmt.platform.security.ResourceServerAutoConfiguration"})
@ConditionalOnBean({MongoTemplate.class, EventRecorder.class})
class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(MongoTemplate mongo, EventRecorder events, ObjectProvider<CurrentActor> actor,
                          ObjectProvider<Clock> clock, Environment environment, ObjectProvider<MeterRegistry> meters) {
        return new AuditTrail(mongo, events, actor.getIfAvailable(() -> () -> CurrentActor.UNIDENTIFIED),
                clock.getIfAvailable(Clock::systemUTC), environment.getProperty("spring.application.name", "unnamed"),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class AuditWeb {

        @Bean
        AuditedRequests auditedRequests(AuditTrail trail) {
            return new AuditedRequests(trail);
        }

        @Bean
        WebMvcConfigurer auditedRequestsInterceptor(AuditedRequests auditedRequests) {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(auditedRequests);
                }
            };
        }

        @Bean
        AuditController auditController(MongoTemplate mongo, AuditTrail trail, CurrentActor actor) {
            return new AuditController(mongo, trail, actor);
        }
    }
}
