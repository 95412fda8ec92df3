package org.casemgmt.chaos;

import java.io.PrintStream;
import java.nio.file.Path;

import org.casemgmt.bench.ThrowawayPlatform;

/**
 * {@code bin/chaos}: starts the whole platform on free ports with a data directory of its own, each stage service
 * as several instances, runs the fault suite against it ({@link ChaosRun}), prints the verdicts, then stops the
 * platform and deletes the directory. Exits 1 when a verdict does not hold.
 */
public final class ChaosMain {

    private ChaosMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the launcher's progress and restarts stay; the Kafka clients' configuration dumps
        // and the MongoDB driver's settings do not.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn");
        try {
            ChaosArguments arguments = ChaosArguments.parse(args);
            if (arguments.help()) {
                System.out.print(ChaosArguments.USAGE);
                return;
            }
            ChaosReport report = chaos(arguments, Path.of("").toAbsolutePath(), System.out);
            System.exit(report.passed() ? 0 : 1);
        } catch (ChaosArguments.UsageError e) {
            System.err.print("bin/chaos: " + e.getMessage() + "\n" + ChaosArguments.USAGE);
            System.exit(2);
        }
    }

    /** One run against the jars under {@code repo}, its verdict table on {@code out}. */
    static ChaosReport chaos(ChaosArguments arguments, Path repo, PrintStream out) throws Exception {
        try (ThrowawayPlatform throwaway = ThrowawayPlatform.start(repo, "chaos",
                options -> options.instancesOfEveryService(arguments.instances()))) {
            if (arguments.keepData()) {
                throwaway.keepData();
                out.println("bin/chaos: the data and logs stay in " + throwaway.dataDir());
            }
            ChaosReport report = new ChaosRun(throwaway.platform(), arguments.settings()).run();
            report.print(out);
            return report;
        }
    }
}
