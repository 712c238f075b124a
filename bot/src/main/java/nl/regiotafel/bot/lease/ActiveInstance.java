package nl.regiotafel.bot.lease;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.storage.MongoLease;
import nl.regiotafel.storage.MongoLease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Makes this instance the active one while it holds the {@link MongoLease}: then it starts the parts that must run
 * once per deployment (the Discord connection, the scheduler), and stops them the moment it cannot prove it still
 * holds the lease. A standby keeps trying every {@code renewEvery}; a graceful shutdown releases the lease so the
 * standby takes over at once.
 */
public final class ActiveInstance implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ActiveInstance.class);

    private final MongoLease leases;
    private final LeaseProperties properties;
    /** Started in this order on becoming active, stopped in reverse. */
    private final List<SmartLifecycle> singletons;

    private final String owner;
    private volatile Lease lease;
    private volatile long renewedAt;
    private volatile boolean running;
    private Thread loop;

    public ActiveInstance(MongoLease leases, LeaseProperties properties, List<SmartLifecycle> singletons) {
        this.leases = leases;
        this.properties = properties;
        this.singletons = singletons;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The lease this instance holds, if it is the active one. */
    public Optional<Lease> lease() {
        return Optional.ofNullable(lease);
    }

    /**
     * The epoch this instance claims reminders under: the lease's, from when it took the lease by the database's
     * clock; empty while it is a standby.
     */
    public Optional<ClaimFence.Epoch> claimEpoch() {
        Lease held = lease;
        return held == null ? Optional.empty() : Optional.of(new ClaimFence.Epoch(held.epoch(), held.since()));
    }

    public String owner() {
        return owner;
    }

    /** Who holds the lease, as far as the database knows now. */
    Optional<Lease> holder() {
        return leases.holder();
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::keep, "regiotafel-lease");
        loop.setDaemon(true);
        loop.start();
        log.info("Waiting for the active-instance lease as {}", owner);
    }

    private void keep() {
        while (running) {
            try {
                step();
            } catch (StoreUnavailableException e) {
                if (lease != null && elapsedSinceRenewal().compareTo(properties.ttl()) >= 0) {
                    // Without the database we cannot know whether a standby has taken over: stand down
                    log.warn("Cannot renew the lease ({}); standing down", e.toString());
                    deactivate();
                }
            }
            try {
                Thread.sleep(properties.renewEvery().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void step() {
        if (!running) {
            return;
        }
        if (lease == null) {
            Optional<Lease> taken = leases.acquire(owner, properties.ttl());
            if (taken.isPresent()) {
                lease = taken.get();
                renewedAt = System.nanoTime();
                log.info("Active instance now (lease epoch {})", lease.epoch());
                singletons.forEach(SmartLifecycle::start);
            }
            return;
        }
        Optional<Lease> renewed = leases.renew(lease, properties.ttl());
        if (renewed.isPresent()) {
            lease = renewed.get();
            renewedAt = System.nanoTime();
        } else {
            log.warn("The lease (epoch {}) passed to another instance; standing down", lease.epoch());
            deactivate();
        }
    }

    private Duration elapsedSinceRenewal() {
        return Duration.ofNanos(System.nanoTime() - renewedAt);
    }

    private synchronized void deactivate() {
        for (int i = singletons.size() - 1; i >= 0; i--) {
            if (singletons.get(i).isRunning()) {
                singletons.get(i).stop();
            }
        }
        lease = null;
    }

    /** Shutting down: take the lease no more; Spring stops the scheduler and the Discord connection next. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
    }

    /** After the scheduler and the Discord connection stopped (a lower phase): hand the lease over at once. */
    @Override
    public synchronized void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        Lease held = lease;
        deactivate();
        if (held != null) {
            try {
                leases.release(held);
                log.info("Lease (epoch {}) released", held.epoch());
            } catch (StoreUnavailableException e) {
                log.warn("Could not release the lease; a standby takes over when it lapses ({})", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2;
    }
}
