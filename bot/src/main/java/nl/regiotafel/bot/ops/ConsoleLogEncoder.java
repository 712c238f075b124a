package nl.regiotafel.bot.ops;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The log encoder of {@code logback-spring.xml}: plain lines by default, or Spring Boot's structured JSON when
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} is set ({@code ecs}, {@code logstash} or {@code gelf}), so a log collector
 * gets one JSON object per line. Our own logback file keeps logs on standard error (standard output is the console
 * chat), which Spring Boot's built-in JSON appender would not.
 */
public final class ConsoleLogEncoder extends EncoderBase<ILoggingEvent> {

    /** Spring Boot sets this system property from {@code logging.structured.format.console}. */
    static final String FORMAT_PROPERTY = "CONSOLE_LOG_STRUCTURED_FORMAT";

    private String pattern;
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        String format = getContext().getProperty(FORMAT_PROPERTY);
        if (format == null || format.isBlank()) {
            format = System.getProperty(FORMAT_PROPERTY);
        }
        if (format != null && !format.isBlank()) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setContext(getContext());
            json.setFormat(format.trim());
            json.setCharset(StandardCharsets.UTF_8);
            json.start();
            delegate = json;
        } else {
            PatternLayoutEncoder plain = new PatternLayoutEncoder();
            plain.setContext(getContext());
            plain.setPattern(pattern);
            plain.setCharset(Charset.forName("UTF-8"));
            plain.start();
            delegate = plain;
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
