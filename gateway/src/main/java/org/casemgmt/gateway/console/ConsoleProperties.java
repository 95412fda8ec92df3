package org.casemgmt.gateway.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the web console listens: {@code casemgmt.console.url}, e.g. the environment variable {@code CASEMGMT_CONSOLE_URL}. */
@ConfigurationProperties("casemgmt.console")
record ConsoleProperties(URI url) {
}
