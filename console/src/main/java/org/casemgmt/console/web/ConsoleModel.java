package org.casemgmt.console.web;

import java.time.Clock;

import org.casemgmt.console.signin.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is signed in, and so which links to offer. */
@ControllerAdvice(basePackages = "org.casemgmt.console")
class ConsoleModel {

    private final Clock clock;

    ConsoleModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("user")
    SignedInUser user(SignedInUser user) {
        return user;
    }

    /** When the page was put together: its live stream starts from there, so that it misses nothing in between. */
    @ModelAttribute("renderedAt")
    long renderedAt() {
        return clock.millis();
    }

    @Configuration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
