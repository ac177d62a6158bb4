package dev.xenlint.engine;

/**
 * One output format. A run calls {@link #file} once per input, in input order (also for inputs
 * that could not be read), then {@link #finish} once. Implementations write to the stream they
 * were created with and may buffer until {@code finish} (JSON, XML) or stream (text).
 */
public interface Reporter {

    void file(FileReport file);

    void finish(RunSummary summary);
}
