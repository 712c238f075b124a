package nl.regiotafel.commands.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.OutboundMessage;

/** A chat gateway that keeps every message it is given, in order, and answers with increasing message ids. */
public final class RecordingChatGateway implements ChatGateway {

    private final List<OutboundMessage> sent = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Delivery send(OutboundMessage message) {
        sent.add(message);
        return Delivery.posted("message-" + ids.incrementAndGet());
    }

    /** Every message sent so far. */
    public synchronized List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }

    /** The messages sent for one network. */
    public synchronized List<OutboundMessage> sentIn(String networkId) {
        return sent.stream().filter(m -> networkId.equals(m.networkId())).toList();
    }
}
