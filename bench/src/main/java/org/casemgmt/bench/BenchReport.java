package org.casemgmt.bench;

import java.time.Duration;
import java.util.Optional;

/** Every figure of one run, for the table and the JSON alike. */
record BenchReport(BenchArguments arguments, GatewayVersusDirect.Result gatewayVersusDirect,
                   EventPath.Result eventPath, SustainedLoad.Result sustainedLoad, ProcessMemory.Result startup,
                   Optional<HistoryCost.Result> history, Duration runTime) {
}
