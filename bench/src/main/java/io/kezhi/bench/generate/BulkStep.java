package io.kezhi.bench.generate;

import java.util.List;

/**
 * A step that loads rows straight into tables. The generator drops the secondary indexes of all bulk
 * steps' tables before the first one runs and creates them again (then analyses the tables) after the
 * last one.
 */
public interface BulkStep extends Step {

    /** The tables this step writes. */
    List<String> tables();
}
