package io.kezhi.bench.load;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A run of the {@link MixedProfile} whose response times by arrival-rate level go to a JSON file. */
abstract class MixedSimulation extends Simulation {

    protected final CustomerOperations operations = new CustomerOperations();
    protected final LevelRecorder recorder;
    private final String name;
    private final String file;

    MixedSimulation(String name, String file, LevelRecorder recorder) {
        this.name = name;
        this.file = file;
        this.recorder = recorder;
    }

    @Override
    public void before() {
        recorder.start(System.currentTimeMillis());
    }

    @Override
    public void after() {
        try {
            recorder.write(BenchSettings.out().resolve(file), Map.of("simulation", name, "mix", MixedProfile.WEIGHTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
