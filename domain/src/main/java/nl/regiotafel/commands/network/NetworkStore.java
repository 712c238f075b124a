package nl.regiotafel.commands.network;

/** Port: network configuration. */
public interface NetworkStore {

    /** The network's settings, or the defaults when it was never set up. */
    NetworkSettings get(String networkId);

    /**
     * Saves settings if nobody changed them since they were read.
     *
     * @throws nl.regiotafel.commands.api.ConcurrentEditException when the stored version differs
     */
    NetworkSettings save(NetworkSettings settings);
}
