package nl.regiotafel.commands.readmodel;

import java.util.Set;

/**
 * Port: the per-network revision document that keeps the read models of several instances coherent. Every write of a
 * network raises it after the write; every command reads it once, by the network's id.
 */
public interface RevisionStore {

    /** The network's revision, or {@link Revision#NONE} when there is no revision document. */
    Revision read(String networkId);

    /**
     * Raises the counters of {@code parts} by one, atomically, creating the document with a new epoch when there is
     * none, and returns the revision after the increment.
     */
    Revision bump(String networkId, Set<Part> parts);
}
