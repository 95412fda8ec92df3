package org.casemgmt.platform.sample;

import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/** A tiny service using the library as a real one does: an aggregate with an outbox and one event consumer. */
@SpringBootApplication
class SampleApplication {

    @Bean
    Consumer<Message<byte[]>> caseOpened(CaseOpenedTallies tallies) {
        return tallies::apply;
    }
}
