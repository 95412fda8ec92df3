package org.casemgmt.platform.sample;

import java.time.Duration;

import org.casemgmt.platform.documents.ClamdScanner;
import org.casemgmt.platform.documents.DocumentProperties;
import org.casemgmt.platform.documents.VirusScanner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The real clamd, which a test can make unreachable, as a scanner down for maintenance is. */
@Component
class SwitchableScanner implements VirusScanner {

    private final ClamdScanner clamd;
    private final ClamdScanner unreachable;
    private volatile boolean down;

    SwitchableScanner(@Value("${casemgmt.documents.scanner.port:3310}") int port) {
        this.clamd = new ClamdScanner(new DocumentProperties.Scanner("127.0.0.1", port, Duration.ofSeconds(30)));
        this.unreachable = new ClamdScanner(new DocumentProperties.Scanner("127.0.0.1", 9, Duration.ofSeconds(5)));
    }

    void down(boolean down) {
        this.down = down;
    }

    @Override
    public ScanVerdict scan(byte[] content) {
        return (down ? unreachable : clamd).scan(content);
    }
}
