package nl.regiotafel.commands.readmodel;

import java.util.Optional;

/**
 * Port: how far a network's data has been written, as the current {@link ReadScope} sees it, for keeping what is
 * computed from it (a round's summary, chart, report). Two reads with equal stamps read the same data, in this
 * instance and in any other that shares the store: the stamp is the network's revision document, read once per scope,
 * plus the moment the model was loaded (a model loaded again after its maximum age may hold what a writer that died
 * before raising the revision wrote).
 */
public interface Stamps {

    /** Nothing is known: nothing computed is kept. */
    Stamps NONE = new Stamps() {
        @Override
        public Optional<Object> all(String networkId) {
            return Optional.empty();
        }

        @Override
        public Optional<Object> rounds(String networkId) {
            return Optional.empty();
        }
    };

    /** Changes with every write of the network. */
    Optional<Object> all(String networkId);

    /** Changes when the network's round snapshots or its settings are written (a close, a revision, an erasure). */
    Optional<Object> rounds(String networkId);
}
