package org.casemgmt.platform.web.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration a {@code @WebMvcTest} in this package finds: scans only this package. */
@SpringBootApplication
class SliceApplication {
}
