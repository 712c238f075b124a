package nl.regiotafel.commands.setup;

/** Port: which networks have had their first administrator pointed to {@code /setup}. */
public interface WelcomeStore {

    /**
     * Marks the network as welcomed. Atomic: of any number of concurrent callers, exactly one gets true, once per
     * network, ever.
     *
     * @return true if this call marked it, false if it was marked before
     */
    boolean markWelcomed(String networkId);
}
