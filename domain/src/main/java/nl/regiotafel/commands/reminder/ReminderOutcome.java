package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What became of a claimed ledger entry, recorded in bulk by {@link ReminderStore#record}. Each is fenced as the
 * single-entry writes are: only a claim of exactly the recording epoch, still "sending", is moved on.
 */
public sealed interface ReminderOutcome {

    /** The ledger key of the entry. */
    String key();

    /**
     * Sent.
     *
     * @param key the entry
     * @param messageId the platform's message id
     * @param sentAt when
     * @param late whether it went out later than planned
     * @param recipients whom the message addressed (mentioned or sent directly)
     */
    record Sent(String key, String messageId, Instant sentAt, boolean late, Set<String> recipients)
            implements ReminderOutcome {
        public Sent {
            Objects.requireNonNull(key);
            Objects.requireNonNull(messageId);
            recipients = Set.copyOf(recipients);
        }
    }

    /**
     * Not sent: back to pending for another try at {@code retryAt}, or failed for good when it is null.
     *
     * @param key the entry
     * @param attempts tries so far, this one included
     * @param retryAt when to try again, or null
     * @param note why
     */
    record Failed(String key, int attempts, Instant retryAt, String note) implements ReminderOutcome {
        public Failed {
            Objects.requireNonNull(key);
        }
    }

    /**
     * No longer applies.
     *
     * @param key the entry
     * @param note why
     */
    record Skipped(String key, String note) implements ReminderOutcome {
        public Skipped {
            Objects.requireNonNull(key);
        }
    }

    /**
     * Claimed but not tried (the run stopped first): back to pending as it was, for the next run.
     *
     * @param key the entry
     */
    record Untried(String key) implements ReminderOutcome {
        public Untried {
            Objects.requireNonNull(key);
        }
    }
}
