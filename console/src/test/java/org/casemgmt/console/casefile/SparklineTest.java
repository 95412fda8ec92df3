package org.casemgmt.console.casefile;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTest {

    @Test
    void runsFromTheBaselineThroughEachMeasurementLeftToRight() {
        Sparkline chart = Sparkline.of(0, List.of(10.0, 30.0), 28);
        assertThat(chart.points()).isEqualTo("3.0,29.0 60.0,20.3 117.0,3.0");
        assertThat(chart.lastX()).isEqualTo(117.0);
        assertThat(chart.lastY()).isEqualTo(3.0);
    }

    @Test
    void theTargetLineIsInsideTheChartEvenBeyondEveryMeasurement() {
        Sparkline chart = Sparkline.of(0, List.of(10.0), 40);
        assertThat(chart.targetY()).isEqualTo(3.0);
        assertThat(Sparkline.of(1850, List.of(150.0), 200).targetY()).isBetween(3.0, 29.0);
    }

    @Test
    void lowerIsLowerDown() {
        Sparkline chart = Sparkline.of(1850, List.of(150.0), 200);
        assertThat(chart.points()).startsWith("3.0,3.0 ");
        assertThat(chart.lastY()).isEqualTo(29.0);
    }

    @Test
    void theTemplateDrawsItAtTheSizeItWasComputedFor() {
        Sparkline chart = Sparkline.of(0, List.of(1.0), 1);
        assertThat(chart.width()).isEqualTo(Sparkline.WIDTH).isEqualTo(120);
        assertThat(chart.height()).isEqualTo(Sparkline.HEIGHT).isEqualTo(32);
    }

    @Test
    void withNoMeasurementYetItIsTheBaselineAlone() {
        Sparkline chart = Sparkline.of(5, List.of(), 5);
        assertThat(chart.points()).isEqualTo("3.0,16.0");
        assertThat(chart.targetY()).isEqualTo(16.0);
    }
}
