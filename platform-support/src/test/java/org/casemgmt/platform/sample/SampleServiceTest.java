package org.casemgmt.platform.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.casemgmt.platform.testing.EmbeddedPlatformTest;
import org.springframework.boot.test.context.SpringBootTest;

/** One configuration for every integration test of this module, so they share a single context and broker. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedPlatformTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=platform-sample",
        "spring.cloud.function.definition=caseOpened",
        "spring.cloud.stream.bindings.caseOpened-in-0.destination=case.opened",
        "casemgmt.privacy.allow-development-key=true",
        "casemgmt.documents.base-path=/api/sample/cases"})
@interface SampleServiceTest {
}
