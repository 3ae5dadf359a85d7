package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLineTest {

    @TempDir
    Path dir;

    @Test
    void theReportStartsWithTheMachineAndItsCalibration() throws Exception {
        Path file = dir.resolve("machine.properties");
        Files.writeString(file, "date=2026-12-04T21:44:41Z\ndb=postgres\ncpu=AMD EPYC x 2\nmemory=23 GiB\n"
                + "calibration.java.ms=354\ncalibration.database.ms=462\n");
        assertThat(Report.machineLine(file)).isEqualTo("machine: AMD EPYC x 2, 23 GiB, 2026-12-04T21:44:41Z;"
                + " calibration (fixed work, lower is faster): JVM 354 ms, database 462 ms\n\n");
    }

    @Test
    void aRunWithoutCalibrationSaysSo() throws Exception {
        Path file = dir.resolve("machine.properties");
        Files.writeString(file, "cpu=AMD EPYC x 2\nmemory=23 GiB\ndate=2026-12-04T21:44:41Z\n");
        assertThat(Report.machineLine(file)).endsWith("; no calibration\n\n");
        assertThat(Report.machineLine(dir.resolve("missing.properties"))).isEmpty();
    }
}
