package nl.regiotafel.commands.summary;

/**
 * Port: work done off the command's thread, at most once per key at a time. A key asked for again while its work
 * waits to start is not queued twice (a burst of writes to one network renders its views once). Where nothing runs in
 * the background (the commands' tests by default) the work is dropped: it must only ever save later work, never be
 * needed.
 */
@FunctionalInterface
public interface Background {

    /** Drops the work. */
    Background NONE = (key, work) -> {};

    /** Runs {@code work} soon on another thread unless work under {@code key} is already waiting. Never blocks. */
    void submit(String key, Runnable work);
}
