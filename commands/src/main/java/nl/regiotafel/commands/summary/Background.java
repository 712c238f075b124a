package nl.regiotafel.commands.summary;

/**
 * Port: work done off the command's thread, once per burst of a key. Work asked for under a key whose earlier work
 * has not started replaces it (a burst of writes to one network renders its views once, after the burst). Where
 * nothing runs in the background (the commands' tests by default) the work is dropped: it must only ever save later
 * work, never be needed.
 */
@FunctionalInterface
public interface Background {

    /** Drops the work. */
    Background NONE = (key, work) -> {};

    /** Runs {@code work} soon on another thread, instead of any work under {@code key} still waiting. Never blocks. */
    void submit(String key, Runnable work);
}
