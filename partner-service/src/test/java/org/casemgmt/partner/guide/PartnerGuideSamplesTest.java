package org.casemgmt.partner.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner guide's code samples, as an integrator copies them: each file is quoted whole in docs/partners.md, the
 * Java consumer compiles against the Kafka client, and the Python consumer is valid Python.
 */
class PartnerGuideSamplesTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path GUIDE = DOCS.resolve("partners.md");

    @Test
    void theGuideQuotesEverySampleWhole() throws IOException {
        String guide = Files.readString(GUIDE);

        for (Path sample : List.of(DOCS.resolve("partners/FeedConsumer.java"), DOCS.resolve("partners/feed_consumer.py"),
                Path.of("src/test/java/org/casemgmt/partner/webhook/SampleReceiver.java"))) {
            assertThat(guide).as("docs/partners.md quotes %s", sample).contains(Files.readString(sample).strip());
        }
    }

    @Test
    void theJavaConsumerCompilesAgainstTheKafkaClient(@TempDir Path out) throws Exception {
        String kafkaClient = Path.of(KafkaConsumer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();

        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), "-cp",
                kafkaClient, DOCS.resolve("partners/FeedConsumer.java").toString());

        assertThat(status).isZero();
        assertThat(out.resolve("FeedConsumer.class")).exists();
    }

    @Test
    void thePythonConsumerIsValidPython(@TempDir Path out) throws Exception {
        Process compile = new ProcessBuilder("python3", "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], "
                + "cfile=sys.argv[2], doraise=True)", DOCS.resolve("partners/feed_consumer.py").toString(),
                out.resolve("feed_consumer.pyc").toString()).redirectErrorStream(true).start();

        assertThat(compile.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(new String(compile.getInputStream().readAllBytes())).isZero();
    }
}
