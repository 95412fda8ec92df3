package org.casemgmt.closure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClosureApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClosureApplication.class, args);
    }
}
