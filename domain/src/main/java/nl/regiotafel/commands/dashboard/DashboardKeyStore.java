package nl.regiotafel.commands.dashboard;

import java.util.Optional;

/**
 * The secret each network signs its meeting-view links with. One key per network: rotating it kills every link and
 * every session handed out before, and one network's key never verifies another network's link.
 */
public interface DashboardKeyStore {

    /** The network's key, made (at random) on first use. */
    byte[] keyFor(String networkId);

    /** The network's key, or empty when it never had one; never creates one (links from strangers must not write). */
    Optional<byte[]> find(String networkId);

    /** Replaces the network's key by a new random one. */
    void rotate(String networkId);
}
