package nl.regiotafel.bot.console;

import org.springframework.context.ApplicationEvent;

/**
 * The console has answered what was typed so far and waits for the next line: the moment to start what nobody is
 * waiting for yet (the web side). Published once per run; a console's context is never "ready" in Spring's sense
 * before its input ends.
 */
public final class ConsoleWaiting extends ApplicationEvent {

    public ConsoleWaiting(Object source) {
        super(source);
    }
}
